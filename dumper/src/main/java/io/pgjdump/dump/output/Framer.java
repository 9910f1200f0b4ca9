package io.pgjdump.dump.output;

import com.github.luben.zstd.Zstd;

/**
 * Turns a piece of the script into the bytes stored for it. For zstd every piece becomes one
 * independent frame, so workers can compress their own blocks in parallel and the concatenation
 * is still a single valid zstd stream for zstdcat and for restore.
 */
public final class Framer {

    private final Compression compression;

    public Framer(Compression compression) {
        this.compression = compression;
    }

    /** Returns a new array: the caller may overwrite {@code plain} at once. */
    public byte[] frame(byte[] plain, int length) {
        if (!compression.enabled()) {
            return java.util.Arrays.copyOf(plain, length); // callers reuse their buffers
        }
        byte[] dst = new byte[(int) Zstd.compressBound(length)];
        long n = Zstd.compressByteArray(dst, 0, dst.length, plain, 0, length, compression.level());
        if (Zstd.isError(n)) {
            throw new IllegalStateException("zstd compression failed: " + Zstd.getErrorName(n));
        }
        return java.util.Arrays.copyOf(dst, (int) n);
    }
}
