package io.pgjdump.dump.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The single writer of the output: appends already-framed pieces in order, counting bytes and
 * hashing them on the way out, so the checksum never needs a second read of the file.
 */
public final class ScriptSink implements AutoCloseable {

    private final OutputStream out;
    private final MessageDigest sha256;
    private final Framer framer;
    private long bytes;
    private long plainBytes;

    public ScriptSink(OutputStream out, Framer framer) {
        this.out = new BufferedOutputStream(out, 1 << 20);
        this.framer = framer;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Writes SQL text produced on the writer's thread (header, DDL, setval). */
    public void writeText(String sql) throws IOException {
        byte[] plain = sql.getBytes(StandardCharsets.UTF_8);
        writeFramed(framer.frame(plain, plain.length), plain.length);
    }

    /** Writes bytes a worker has already framed; plainLength is their size before compression. */
    public void writeFramed(byte[] framed, long plainLength) throws IOException {
        out.write(framed);
        sha256.update(framed);
        bytes += framed.length;
        plainBytes += plainLength;
    }

    /** Bytes written to the file so far. */
    public long bytes() {
        return bytes;
    }

    /** Size of the script before compression. */
    public long plainBytes() {
        return plainBytes;
    }

    public String sha256Hex() {
        return HexFormat.of().formatHex(((MessageDigest) cloneDigest()).digest());
    }

    private Object cloneDigest() {
        try {
            return sha256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
