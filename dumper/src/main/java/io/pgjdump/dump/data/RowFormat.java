package io.pgjdump.dump.data;

/**
 * How rows are written: COPY blocks (the default, fastest to restore), or INSERT statements
 * (pg_dump's --inserts) that can merge rows into tables that already hold some.
 *
 * @param inserts             write INSERT statements instead of COPY
 * @param onConflictDoNothing add ON CONFLICT DO NOTHING, so rows that already exist are skipped
 * @param rowsPerInsert       rows in one multi-row INSERT
 */
public record RowFormat(boolean inserts, boolean onConflictDoNothing, int rowsPerInsert) {

    public static final RowFormat COPY = new RowFormat(false, false, 0);

    public RowFormat {
        if (onConflictDoNothing && !inserts) {
            throw new IllegalArgumentException("ON CONFLICT DO NOTHING needs INSERT statements");
        }
        if (inserts && rowsPerInsert < 1) {
            throw new IllegalArgumentException("rows per INSERT must be at least 1");
        }
    }

    public static RowFormat inserts(boolean onConflictDoNothing) {
        return new RowFormat(true, onConflictDoNothing, 100);
    }
}
