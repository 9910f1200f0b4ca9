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

    @Override
    public void tableDone(TableStats t) {
        tablesDone++;
        bytesDone += t.rowBytes();
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        double rate = elapsed > 0 ? bytesDone / elapsed : 0;
        if (terminal) {
            String eta = rate > 0 && bytesPlanned > bytesDone
                    ? String.format(", ETA %.0f s", (bytesPlanned - bytesDone) / rate) : "";
            err.printf("\rpgjdump: %d/%d tables, %s, %s/s%s   ", tablesDone, tablesPlanned, bytes(bytesDone),
                    bytes((long) rate), eta);
            if (tablesDone == tablesPlanned) {
                err.println();
            }
        } else {
            err.printf("pgjdump: dumped %s.%s: %d rows, %s in %.2f s (%d/%d tables)%n", t.schema(), t.name(), t.rows(),
                    bytes(t.rowBytes()), t.seconds(), tablesDone, tablesPlanned);
        }
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
