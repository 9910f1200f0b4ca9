package io.pgjdump.dump.output;

import com.github.luben.zstd.Zstd;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reusable direct buffers for data blocks: one size for the SQL text a worker builds, one for its
 * zstd frame. Blocks live from the worker that fills them to the writer that writes them, long
 * enough to survive young collections; kept off the heap and reused, they cost the garbage
 * collector nothing and the process stays at its working set instead of growing its heap.
 *
 * <p>How many buffers exist is bounded by the data pump's flow control (bytes held ahead of the
 * writer) plus a few per worker, so the pool simply keeps every buffer given back.
 */
public final class BlockBuffers {

    private final int plainCapacity;
    private final int framedCapacity;
    private final ConcurrentLinkedQueue<ByteBuffer> plain = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<ByteBuffer> framed = new ConcurrentLinkedQueue<>();

    public BlockBuffers(int plainCapacity) {
        this.plainCapacity = plainCapacity;
        this.framedCapacity = (int) Zstd.compressBound(plainCapacity);
    }

    public int plainCapacity() {
        return plainCapacity;
    }

    /** An empty buffer for SQL text, of {@link #plainCapacity()}. */
    public ByteBuffer plain() {
        ByteBuffer b = plain.poll();
        return b != null ? b.clear() : ByteBuffer.allocateDirect(plainCapacity);
    }

    /** An empty buffer big enough for the zstd frame of a full plain buffer. */
    ByteBuffer framed() {
        ByteBuffer b = framed.poll();
        return b != null ? b.clear() : ByteBuffer.allocateDirect(framedCapacity);
    }

    /**
     * Gives a buffer back once its bytes are written. Buffers of another size (the heap buffers made
     * for a row bigger than a block) are left to the garbage collector.
     */
    public void recycle(ByteBuffer b) {
        if (!b.isDirect()) {
            return;
        }
        if (b.capacity() == plainCapacity) {
            plain.offer(b);
        } else if (b.capacity() == framedCapacity) {
            framed.offer(b);
        }
    }
}
