package io.pgjdump.dump.data;

import io.pgjdump.dump.output.Framer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Accumulates COPY rows into blocks of about {@code targetBytes}, each complete with its header
 * and terminator, and hands every finished block on. Rows are never split across blocks, so a
 * block can be replayed on its own.
 */
final class CopyBlockBuilder implements RowBlocks {

    private static final byte[] TERMINATOR = "\\.\n\n".getBytes(StandardCharsets.US_ASCII);

    private final byte[] header;
    private final int targetBytes;
    private final Framer framer;
    private final Consumer<CopyBlock> sink;
    private byte[] buf;
    private int len;
    private long rowsInBlock;
    private long rowsTotal;
    private long rowBytesTotal;
    private int blocks;

    CopyBlockBuilder(String header, int targetBytes, Framer framer, Consumer<CopyBlock> sink) {
        this.header = header.getBytes(StandardCharsets.UTF_8);
        this.targetBytes = targetBytes;
        this.framer = framer;
        this.sink = sink;
        this.buf = new byte[Math.max(64 * 1024, Math.min(targetBytes, 1 << 20))];
        start();
    }

    @Override
    public void addRow(byte[] row) {
        ensure(row.length + TERMINATOR.length);
        System.arraycopy(row, 0, buf, len, row.length);
        len += row.length;
        rowsInBlock++;
        rowsTotal++;
        rowBytesTotal += row.length;
        if (len >= targetBytes) {
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
        }
        buf = null;
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
        len = 0;
        rowsInBlock = 0;
        ensure(header.length);
        System.arraycopy(header, 0, buf, 0, header.length);
        len = header.length;
    }

    private void emit() {
        ensure(TERMINATOR.length);
        System.arraycopy(TERMINATOR, 0, buf, len, TERMINATOR.length);
        len += TERMINATOR.length;
        sink.accept(new CopyBlock(framer.frame(buf, len), len, rowsInBlock));
        blocks++;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
