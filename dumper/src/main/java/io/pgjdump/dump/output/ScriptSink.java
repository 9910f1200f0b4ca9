package io.pgjdump.dump.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The single writer of the output: appends already-framed pieces in order, counting bytes and
 * hashing them on the way out, so the checksum never needs a second read of the file. Blocks are
 * big (hundreds of KiB), so they go straight to the channel without another buffer or copy.
 */
public final class ScriptSink {

    private final WritableByteChannel out;
    private final MessageDigest sha256;
    private final Framer framer;
    private long bytes;
    private long plainBytes;

    public ScriptSink(WritableByteChannel out, Framer framer) {
        this.out = out;
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
        writeBlock(ByteBuffer.wrap(framer.frame(plain)), plain.length);
    }

    /**
     * Writes bytes a worker has already framed, from the buffer's position to its limit;
     * plainLength is their size before compression. The buffer's position is left unchanged.
     */
    public void writeBlock(ByteBuffer framed, long plainLength) throws IOException {
        int start = framed.position();
        sha256.update(framed);
        framed.position(start);
        while (framed.hasRemaining()) {
            bytes += out.write(framed);
        }
        framed.position(start);
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
        try {
            return HexFormat.of().formatHex(((MessageDigest) sha256.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 cannot be cloned", e);
        }
    }
}
