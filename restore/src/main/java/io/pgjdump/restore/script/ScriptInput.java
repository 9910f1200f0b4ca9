package io.pgjdump.restore.script;

import com.github.luben.zstd.ZstdInputStream;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a script and decides its format from its first bytes, never from its name: a zstd frame
 * magic means zstd (any number of concatenated frames), anything else is read as SQL text. Formats
 * we cannot read but can name (gzip, pg_dump archives) are refused with a message saying so.
 */
public final class ScriptInput implements AutoCloseable {

    private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};
    private static final byte[] GZIP_MAGIC = {0x1F, (byte) 0x8B};
    private static final byte[] PGDMP_MAGIC = {'P', 'G', 'D', 'M', 'P'};

    private final InputStream text;
    private final CountingInputStream raw;
    private final boolean zstd;

    private ScriptInput(InputStream text, CountingInputStream raw, boolean zstd) {
        this.text = text;
        this.raw = raw;
        this.zstd = zstd;
    }

    public static ScriptInput open(Path file) throws IOException {
        return open(Files.newInputStream(file), true);
    }

    /** Reads a stream the caller owns: closing this input leaves it open. */
    public static ScriptInput open(InputStream stream) throws IOException {
        return open(stream, false);
    }

    private static ScriptInput open(InputStream stream, boolean owned) throws IOException {
        CountingInputStream counted = new CountingInputStream(stream, owned);
        BufferedInputStream buffered = new BufferedInputStream(counted, 1 << 16);
        buffered.mark(8);
        byte[] head = buffered.readNBytes(8);
        buffered.reset();
        if (startsWith(head, ZSTD_MAGIC)) {
            ZstdInputStream z = new ZstdInputStream(buffered);
            return new ScriptInput(z, counted, true);
        }
        if (startsWith(head, GZIP_MAGIC)) {
            throw new ScriptException("the input is gzip-compressed; pgjdump reads plain SQL or zstd", 0, 0);
        }
        if (startsWith(head, PGDMP_MAGIC)) {
            throw new ScriptException("the input is a pg_dump archive (custom or tar format), not a SQL script; "
                    + "use pg_restore for it, or dump with -Fp", 0, 0);
        }
        return new ScriptInput(buffered, counted, false);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The script's bytes, decompressed when needed. */
    public InputStream text() {
        return text;
    }

    public boolean zstd() {
        return zstd;
    }

    /** Bytes of the input (compressed, for zstd) consumed so far; the decompressor reads ahead. */
    public long rawPosition() {
        return raw.count;
    }

    public String format() {
        return zstd ? "zstd-compressed SQL" : "plain SQL";
    }

    @Override
    public void close() throws IOException {
        // closes the decompressor (native memory); the caller's own stream survives, see below
        text.close();
    }

    /**
     * Counts what the layers above have taken, so errors in compressed input can say where; closes
     * the underlying stream only when we opened it.
     */
    private static final class CountingInputStream extends FilterInputStream {

        private final boolean owner;
        private long count;

        CountingInputStream(InputStream in, boolean owner) {
            super(in);
            this.owner = owner;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            if (owner) {
                super.close();
            }
        }
    }
}
