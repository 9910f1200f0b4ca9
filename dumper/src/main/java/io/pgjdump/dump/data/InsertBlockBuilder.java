package io.pgjdump.dump.data;

import io.pgjdump.catalog.Quote;
import io.pgjdump.dump.output.Framer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Writes rows as multi-row INSERT statements, converting each COPY text row as it arrives, so
 * memory stays at one block whatever the table size. Every value becomes a string literal (or
 * NULL): INSERT resolves the literal to the column's type exactly as COPY would read the same text.
 * A block always ends at a statement boundary, so blocks replay independently.
 */
final class InsertBlockBuilder implements RowBlocks {

    private final byte[] prefix;
    private final byte[] suffix;
    private final RowFormat format;
    private final int targetBytes;
    private final Framer framer;
    private final Consumer<CopyBlock> sink;
    private byte[] buf = new byte[64 * 1024];
    private int len;
    private int rowsInStatement;
    private long rowsInBlock;
    private long rowsTotal;
    private long rowBytesTotal;

    InsertBlockBuilder(DataTask task, RowFormat format, int targetBytes, Framer framer, Consumer<CopyBlock> sink) {
        boolean overriding = task.table().copyColumns().stream().anyMatch(c -> c.identity() == 'a');
        String head = "INSERT INTO " + Quote.qualified(task.table().schema(), task.table().name()) + " ("
                + task.columnList() + ")" + (overriding ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES\n\t";
        this.prefix = head.getBytes(StandardCharsets.UTF_8);
        this.suffix = (format.onConflictDoNothing() ? "\nON CONFLICT DO NOTHING;\n" : ";\n")
                .getBytes(StandardCharsets.UTF_8);
        this.format = format;
        this.targetBytes = targetBytes;
        this.framer = framer;
        this.sink = sink;
    }

    @Override
    public void addRow(byte[] row) {
        append(rowsInStatement == 0 ? prefix : ROW_SEPARATOR);
        appendTuple(row);
        rowsInStatement++;
        rowsInBlock++;
        rowsTotal++;
        rowBytesTotal += row.length;
        if (rowsInStatement >= format.rowsPerInsert()) {
            endStatement();
            if (len >= targetBytes) {
                emit();
            }
        }
    }

    @Override
    public void finish(boolean emitEmpty) {
        if (rowsInStatement > 0) {
            endStatement();
        }
        if (len > 0) {
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

    private static final byte[] ROW_SEPARATOR = ",\n\t".getBytes(StandardCharsets.US_ASCII);

    private void endStatement() {
        append(suffix);
        rowsInStatement = 0;
    }

    private void emit() {
        append(new byte[] {'\n'});
        sink.accept(new CopyBlock(framer.frame(buf, len), len, rowsInBlock));
        len = 0;
        rowsInBlock = 0;
    }

    /** COPY text: fields split by tab, \N is NULL, backslash escapes; a literal doubles its quotes. */
    private void appendTuple(byte[] row) {
        int end = row.length;
        if (end > 0 && row[end - 1] == '\n') {
            end--;
        }
        // worst case: every byte a doubled quote, every field an empty literal with its separator
        ensure(6 * end + 16);
        buf[len++] = '(';
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
            buf[len++] = ',';
            buf[len++] = ' ';
            start = tab + 1;
        }
        buf[len++] = ')';
    }

    private void appendValue(byte[] row, int from, int to) {
        if (to - from == 2 && row[from] == '\\' && row[from + 1] == 'N') {
            buf[len++] = 'N';
            buf[len++] = 'U';
            buf[len++] = 'L';
            buf[len++] = 'L';
            return;
        }
        buf[len++] = '\'';
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
                buf[len++] = '\'';
            }
            buf[len++] = b;
        }
        buf[len++] = '\'';
    }

    private void append(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
