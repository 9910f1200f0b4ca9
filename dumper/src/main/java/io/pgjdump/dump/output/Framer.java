package io.pgjdump.dump.output;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;

import java.nio.ByteBuffer;

/**
 * Turns a piece of the script into the bytes stored for it. For zstd every piece becomes one
 * independent frame, so workers can compress their own blocks in parallel and the concatenation
 * is still a single valid zstd stream for zstdcat and for restore.
 */
public final class Framer {

    private final Compression compression;
    // one context per thread: creating one per frame would allocate and free its tables every block
    private final ThreadLocal<ZstdCompressCtx> contexts;

    public Framer(Compression compression) {
        this.compression = compression;
        this.contexts = ThreadLocal.withInitial(() -> new ZstdCompressCtx().setLevel(compression.level()));
    }

    public boolean compresses() {
        return compression.enabled();
    }

    /** Frames small text (header, DDL); returns {@code plain} itself when nothing is compressed. */
    public byte[] frame(byte[] plain) {
        if (!compression.enabled()) {
            return plain;
        }
        return contexts.get().compress(plain);
    }

    /**
     * Frames a block whose text is {@code plain} from 0 to its limit. Uncompressed, the block is its
     * own frame; compressed, {@code plain} goes back to {@code buffers} and a framed buffer comes out.
     * Either way the result is flipped (0 to limit) and belongs to the caller until recycled.
     */
    public ByteBuffer frame(ByteBuffer plain, BlockBuffers buffers) {
        if (!compression.enabled()) {
            return plain;
        }
        ZstdCompressCtx ctx = contexts.get();
        if (!plain.isDirect()) {
            byte[] text = new byte[plain.limit()];
            plain.get(0, text);
            return ByteBuffer.wrap(ctx.compress(text));
        }
        ByteBuffer dst = plain.capacity() == buffers.plainCapacity()
                ? buffers.framed() : ByteBuffer.allocateDirect((int) Zstd.compressBound(plain.limit()));
        int n = ctx.compressDirectByteBuffer(dst, 0, dst.capacity(), plain, 0, plain.limit());
        buffers.recycle(plain);
        return dst.position(0).limit(n);
    }
}
