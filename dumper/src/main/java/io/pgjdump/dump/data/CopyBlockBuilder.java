package io.pgjdump.dump.data;

import io.pgjdump.dump.output.BlockBuffers;
import io.pgjdump.dump.output.Framer;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Accumulates COPY rows into blocks of about {@code targetBytes}, each complete with its header
 * and terminator, and hands every finished block on. Rows are never split across blocks, so a
 * block can be replayed on its own. Blocks are built in pooled direct buffers; a row too big for
 * one gets a heap buffer of its own size.
 */
final class CopyBlockBuilder extends PooledBlockBuilder {

    private static final byte[] TERMINATOR = "\\.\n\n".getBytes(StandardCharsets.US_ASCII);

    private final byte[] header;
    private int blocks;

    /** {@code targetBytes} must leave room below the buffers' capacity for the row that crosses it. */
    CopyBlockBuilder(String header, int targetBytes, Framer framer, BlockBuffers buffers, Consumer<CopyBlock> sink) {
        super(targetBytes, framer, buffers, sink);
        this.header = header.getBytes(StandardCharsets.UTF_8);
        start();
    }

    @Override
    public void addRow(byte[] row) {
        ensure(row.length + TERMINATOR.length);
        buf.put(row);
        counted(row);
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

    private void start() {
        buf = buffers.plain();
        ensure(header.length + TERMINATOR.length);
        buf.put(header);
    }

    @Override
    protected void emit() {
        buf.put(TERMINATOR);
        super.emit();
        blocks++;
    }
}
