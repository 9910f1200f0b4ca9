package io.pgjdump.dump.data;

import io.pgjdump.catalog.Quote;
import io.pgjdump.dump.output.BlockBuffers;
import io.pgjdump.dump.output.Framer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Writes rows as multi-row INSERT statements, converting each COPY text row as it arrives, so
 * memory stays at one block whatever the table size. Every value becomes a string literal (or
 * NULL): INSERT resolves the literal to the column's type exactly as COPY would read the same text.
 * A block always ends at a statement boundary, so blocks replay independently; a statement ends
 * early when its block is full.
 */
final class InsertBlockBuilder extends PooledBlockBuilder {

    private static final byte[] ROW_SEPARATOR = ",\n\t".getBytes(StandardCharsets.US_ASCII);

    private final byte[] prefix;
    private final byte[] suffix;
    private final RowFormat format;
    private byte[] tuple = new byte[1024];
    private int tupleLength;
    private int rowsInStatement;

    InsertBlockBuilder(DataTask task, RowFormat format, int targetBytes, Framer framer, BlockBuffers buffers,
                       Consumer<CopyBlock> sink) {
        super(targetBytes, framer, buffers, sink);
        boolean overriding = task.table().copyColumns().stream().anyMatch(c -> c.identity() == 'a');
        String head = "INSERT INTO " + Quote.qualified(task.table().schema(), task.table().name()) + " ("
                + task.columnList() + ")" + (overriding ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES\n\t";
        this.prefix = head.getBytes(StandardCharsets.UTF_8);
        this.suffix = (format.onConflictDoNothing() ? "\nON CONFLICT DO NOTHING;\n" : ";\n")
                .getBytes(StandardCharsets.UTF_8);
        this.format = format;
    }

    @Override
    public void addRow(byte[] row) {
        toTuple(row);
        if (buf == null) {
            buf = buffers.plain();
        }
        byte[] lead = rowsInStatement == 0 ? prefix : ROW_SEPARATOR;
        ensure(lead.length + tupleLength + suffix.length + 1);
        buf.put(lead).put(tuple, 0, tupleLength);
        rowsInStatement++;
        counted(row);
        boolean full = buf.position() >= targetBytes;
        if (rowsInStatement >= format.rowsPerInsert() || full) {
            endStatement();
        }
        if (full) {
            emit();
        }
    }

    @Override
    public void finish(boolean emitEmpty) {
        // a table without rows needs no statement at all
        if (rowsInStatement > 0) {
            endStatement();
        }
        if (buf != null && rowsInBlock > 0) {
            emit();
        } else {
            abandon();
        }
    }

    private void endStatement() {
        buf.put(suffix);
        rowsInStatement = 0;
    }

    @Override
    protected void emit() {
        ensure(1);
        buf.put((byte) '\n');
        super.emit();
    }

    /** COPY text: fields split by tab, \N is NULL, backslash escapes; a literal doubles its quotes. */
    private void toTuple(byte[] row) {
        int end = row.length;
        if (end > 0 && row[end - 1] == '\n') {
            end--;
        }
        // worst case: every byte a doubled quote, every field an empty literal with its separator
        int worst = 6 * end + 16;
        if (tuple.length < worst) {
            tuple = Arrays.copyOf(tuple, Math.max(worst, tuple.length * 2));
        }
        tupleLength = 0;
        tuple[tupleLength++] = '(';
        int start = 0;
        while (true) {
            int tab = start;
            while (tab < end && row[tab] != '\t') {
                tab++;
            }
            appendValue(row, start, tab);
            if (tab >= end) {
                break;
            }
            tuple[tupleLength++] = ',';
            tuple[tupleLength++] = ' ';
            start = tab + 1;
        }
        tuple[tupleLength++] = ')';
    }

    private void appendValue(byte[] row, int from, int to) {
        if (to - from == 2 && row[from] == '\\' && row[from + 1] == 'N') {
            for (byte b : NULL) {
                tuple[tupleLength++] = b;
            }
            return;
        }
        tuple[tupleLength++] = '\'';
        for (int i = from; i < to; i++) {
            byte b = row[i];
            if (b == '\\' && i + 1 < to) {
                i++;
                byte c = row[i];
                switch (c) {
                    case 'b' -> b = '\b';
                    case 'f' -> b = '\f';
                    case 'n' -> b = '\n';
                    case 'r' -> b = '\r';
                    case 't' -> b = '\t';
                    case 'v' -> b = 0x0b;
                    case 'x' -> {
                        int v = 0;
                        int n = 0;
                        while (n < 2 && i + 1 < to && Character.digit(row[i + 1], 16) >= 0) {
                            v = v * 16 + Character.digit(row[++i], 16);
                            n++;
                        }
                        b = n == 0 ? (byte) 'x' : (byte) v;
                    }
                    default -> {
                        if (c >= '0' && c <= '7') {
                            int v = c - '0';
                            int n = 1;
                            while (n < 3 && i + 1 < to && row[i + 1] >= '0' && row[i + 1] <= '7') {
                                v = v * 8 + (row[++i] - '0');
                                n++;
                            }
                            b = (byte) v;
                        } else {
                            b = c;
                        }
                    }
                }
            }
            if (b == '\'') {
                tuple[tupleLength++] = '\'';
            }
            tuple[tupleLength++] = b;
        }
        tuple[tupleLength++] = '\'';
    }

    private static final byte[] NULL = "NULL".getBytes(StandardCharsets.US_ASCII);
}
