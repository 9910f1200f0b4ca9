package io.pgjdump.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * COPY text rows shaped like the "mixed" dataset's big table (ids, timestamps, numerics, short
 * text), generated deterministically so every run measures the same bytes.
 */
public final class Rows {

    private Rows() {
    }

    /** About {@code bytes} of row lines, newline included, as COPY TO STDOUT sends them. */
    public static List<byte[]> copyText(long bytes) {
        List<byte[]> rows = new ArrayList<>();
        long total = 0;
        for (long i = 1; total < bytes; i++) {
            String line = i + "\t" + (i * 7919) % 50000 + "\t2023-01-" + (1 + i % 28) + " 10:" + (10 + i % 50)
                    + ":00+00\t" + (i * 37) % 1000000 / 100.0 + "\t" + (i % 4 == 0 ? "shipped" : "paid")
                    + "\tref-" + Long.toHexString(i * 0x9E3779B97F4A7C15L) + "\n";
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            rows.add(b);
            total += b.length;
        }
        return rows;
    }

    public static long size(List<byte[]> rows) {
        long n = 0;
        for (byte[] r : rows) {
            n += r.length;
        }
        return n;
    }
}
