package io.pgjdump.restore;

import java.util.List;

/**
 * What restore --check found: each table the script carries a digest for, re-read from the
 * database and compared.
 *
 * @param tables     tables checked
 * @param mismatches the tables whose rows differ from what the dump wrote (or could not be read)
 * @param noDigests  the script carries no digests at all (pg_dump's files, --inserts output):
 *                   nothing could be checked, which counts as a failure since a check was asked for
 */
public record CheckResult(int tables, List<Mismatch> mismatches, boolean noDigests) {

    public CheckResult {
        mismatches = List.copyOf(mismatches);
    }

    /** True when the check found a difference or could not run. */
    public boolean failed() {
        return noDigests || !mismatches.isEmpty();
    }

    /**
     * One table whose restored rows differ from the dump's.
     *
     * @param table    "schema.name"
     * @param expected "N rows, digest HEX" as the file says
     * @param actual   the same for the database now, or why the table could not be read (with SQLSTATE)
     */
    public record Mismatch(String table, String expected, String actual) {

        /** One line for people. */
        public String describe() {
            return "table " + table + ": expected " + expected + ", found " + actual;
        }
    }
}
