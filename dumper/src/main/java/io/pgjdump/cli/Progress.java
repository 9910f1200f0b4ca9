package io.pgjdump.cli;

import io.pgjdump.dump.DumpListener;
import io.pgjdump.dump.TableStats;

import java.io.PrintWriter;

/**
 * Progress on stderr: on a terminal one line rewritten in place (tables done, bytes, rate, ETA
 * from the catalog's size estimates); otherwise, for logs, one line per table.
 */
final class Progress implements DumpListener {

    private final PrintWriter err;
    private final boolean terminal = System.console() != null;
    private final long startNanos = System.nanoTime();
    private int tablesPlanned;
    private long bytesPlanned;
    private int tablesDone;
    private long bytesDone;

    Progress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void planned(int tables, long estimatedBytes) {
        tablesPlanned = tables;
        bytesPlanned = estimatedBytes;
    }

    /** On a terminal, moves the line on during a big split table; logs get one line per table only. */
    @Override
    public void tablePartDone(TableStats soFar) {
        if (terminal) {
            show(tablesDone, bytesDone + soFar.rowBytes());
        }
    }

    @Override
    public void tableDone(TableStats t) {
        tablesDone++;
        bytesDone += t.rowBytes();
        if (terminal) {
            show(tablesDone, bytesDone);
            if (tablesDone == tablesPlanned) {
                err.println();
            }
        } else {
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            err.printf("pgjdump: dumped %s.%s: %d rows, %s in %.2f s (%d/%d tables, %s/s overall)%n", t.schema(),
                    t.name(), t.rows(), bytes(t.rowBytes()), t.seconds(), tablesDone, tablesPlanned,
                    bytes((long) (elapsed > 0 ? bytesDone / elapsed : 0)));
        }
        err.flush();
    }

    private void show(int tables, long done) {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double rate = elapsed > 0 ? done / elapsed : 0;
        // the plan's sizes are heap bytes from pg_class and COPY text is about as big: good enough for an ETA
        String eta = rate > 0 && bytesPlanned > done ? String.format(", ETA %.0f s", (bytesPlanned - done) / rate) : "";
        err.printf("\rpgjdump: %d/%d tables, %s, %s/s%s   ", tables, tablesPlanned, bytes(done), bytes((long) rate),
                eta);
        err.flush();
    }

    @Override
    public void warning(String message) {
        if (terminal && tablesDone > 0 && tablesDone < tablesPlanned) {
            err.println();
        }
        err.println("pgjdump: warning: " + message);
        err.flush();
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format("%.1f %s", v, units[u]);
    }
}
