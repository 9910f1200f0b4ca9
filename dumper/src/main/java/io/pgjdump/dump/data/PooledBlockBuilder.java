package io.pgjdump.dump.data;

import io.pgjdump.dump.output.BlockBuffers;
import io.pgjdump.dump.output.Framer;

import java.nio.ByteBuffer;
import java.util.function.Consumer;

/**
 * What the COPY and INSERT block builders share: the block under construction in a pooled buffer,
 * the row counts, and handing a finished block to the framer and on to the writer. Subclasses
 * decide what a block starts and ends with.
 */
abstract class PooledBlockBuilder implements RowBlocks {

    protected final int targetBytes;
    protected final BlockBuffers buffers;
    private final Framer framer;
    private final Consumer<CopyBlock> sink;
    /** The block being filled; null between blocks and after finish or abandon. */
    protected ByteBuffer buf;
    protected long rowsInBlock;
    private long rowsTotal;
    private long rowBytesTotal;

    PooledBlockBuilder(int targetBytes, Framer framer, BlockBuffers buffers, Consumer<CopyBlock> sink) {
        this.targetBytes = targetBytes;
        this.framer = framer;
        this.buffers = buffers;
        this.sink = sink;
    }

    /** Counts a row that has just gone into {@link #buf}. */
    protected final void counted(byte[] row) {
        rowsInBlock++;
        rowsTotal++;
        rowBytesTotal += row.length;
    }

    /** Frames the finished block (its trailer already written) and hands it on. */
    protected void emit() {
        int length = buf.position();
        buf.flip();
        ByteBuffer framed = framer.frame(buf, buffers);
        buf = null;
        sink.accept(new CopyBlock(framed, length, rowsInBlock));
        rowsInBlock = 0;
    }

    /**
     * Makes room for {@code more} bytes. Only a row bigger than a pooled buffer's spare room needs
     * it: rare, so a one-off heap buffer rather than a bigger pool.
     */
    protected final void ensure(int more) {
        if (buf.remaining() < more) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + more));
            buf.flip();
            bigger.put(buf);
            buffers.recycle(buf);
            buf = bigger;
        }
    }

    @Override
    public final void abandon() {
        if (buf != null) {
            buffers.recycle(buf);
            buf = null;
        }
    }

    @Override
    public final long rows() {
        return rowsTotal;
    }

    @Override
    public final long rowBytes() {
        return rowBytesTotal;
    }
}
