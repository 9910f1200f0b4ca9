package io.pgjdump.dump.data;

import io.pgjdump.dump.output.BlockBuffers;
import io.pgjdump.dump.output.Framer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Accumulates COPY rows into blocks of about {@code targetBytes}, each complete with its header
 * and terminator, and hands every finished block on. Rows are never split across blocks, so a
 * block can be replayed on its own. Blocks are built in pooled direct buffers; a row too big for
 * one gets a heap buffer of its own size.
 */
final class CopyBlockBuilder implements RowBlocks {

    private static final byte[] TERMINATOR = "\\.\n\n".getBytes(StandardCharsets.US_ASCII);

    private final byte[] header;
    private final int targetBytes;
    private final Framer framer;
    private final BlockBuffers buffers;
    private final Consumer<CopyBlock> sink;
    private ByteBuffer buf;
    private long rowsInBlock;
    private long rowsTotal;
    private long rowBytesTotal;
    private int blocks;

    /** {@code targetBytes} must leave room below the buffers' capacity for the row that crosses it. */
    CopyBlockBuilder(String header, int targetBytes, Framer framer, BlockBuffers buffers, Consumer<CopyBlock> sink) {
        this.header = header.getBytes(StandardCharsets.UTF_8);
        this.targetBytes = targetBytes;
        this.framer = framer;
        this.buffers = buffers;
        this.sink = sink;
        start();
    }

    @Override
    public void addRow(byte[] row) {
        if (buf.remaining() < row.length + TERMINATOR.length) {
            grow(row.length + TERMINATOR.length);
        }
        buf.put(row);
        rowsInBlock++;
        rowsTotal++;
        rowBytesTotal += row.length;
        if (buf.position() >= targetBytes) {
            emit();
            start();
        }
    }

    /**
     * Emits what is left. An empty block is written only when asked (a table with no rows still
     * gets its COPY statement, as pg_dump writes it).
     */
    @Override
    public void finish(boolean emitEmpty) {
        if (rowsInBlock > 0 || (emitEmpty && blocks == 0)) {
            emit();
        } else {
            buffers.recycle(buf);
        }
        buf = null;
    }

    /** Gives the unfinished block's buffer back after a failure. */
    @Override
    public void abandon() {
        if (buf != null) {
            buffers.recycle(buf);
            buf = null;
        }
    }

    @Override
    public long rows() {
        return rowsTotal;
    }

    @Override
    public long rowBytes() {
        return rowBytesTotal;
    }

    private void start() {
        rowsInBlock = 0;
        buf = buffers.plain();
        if (buf.remaining() < header.length + TERMINATOR.length) {
            grow(header.length + TERMINATOR.length);
        }
        buf.put(header);
    }

    private void emit() {
        buf.put(TERMINATOR);
        int length = buf.position();
        buf.flip();
        ByteBuffer framed = framer.frame(buf, buffers);
        buf = null;
        sink.accept(new CopyBlock(framed, length, rowsInBlock));
        blocks++;
    }

    /** Only for a row bigger than a pooled buffer's spare room: rare, so a one-off heap buffer. */
    private void grow(int more) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + more));
        buf.flip();
        bigger.put(buf);
        buffers.recycle(buf);
        buf = bigger;
    }
}
