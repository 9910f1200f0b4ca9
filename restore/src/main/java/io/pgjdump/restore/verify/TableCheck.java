package io.pgjdump.restore.verify;

import io.pgjdump.restore.CheckResult;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-reads each table a script carries a {@link CheckLine} for, with the dump's
 * {@link CopySettings}, and compares row count and {@link RowDigest}. One transaction per table,
 * so a table that cannot be read is reported and the others are still checked.
 */
public final class TableCheck {

    private TableCheck() {
    }

    public static CheckResult run(Connection conn, List<CheckLine> expected) throws SQLException {
        if (expected.isEmpty()) {
            return new CheckResult(0, List.of(), true);
        }
        boolean autoCommit = conn.getAutoCommit();
        conn.setAutoCommit(false);
        List<CheckResult.Mismatch> mismatches = new ArrayList<>();
        try {
            for (CheckLine line : expected) {
                String want = line.rows() + " rows, digest " + line.digest();
                String found = read(conn, line);
                if (!want.equals(found)) {
                    mismatches.add(new CheckResult.Mismatch(line.describe(), want, found));
                }
            }
        } finally {
            conn.setAutoCommit(autoCommit);
        }
        return new CheckResult(expected.size(), mismatches, false);
    }

    /** "N rows, digest HEX", or why the table could not be read. */
    private static String read(Connection conn, CheckLine line) throws SQLException {
        try {
            CopySettings.apply(conn);
            CopyOut out = conn.unwrap(PGConnection.class).getCopyAPI().copyOut(line.copyOutSql());
            RowDigest digest = new RowDigest();
            byte[] row;
            while ((row = out.readFromCopy()) != null) {
                digest.addRow(row, 0, row.length);
            }
            conn.commit();
            return digest.rows() + " rows, digest " + digest.hex();
        } catch (SQLException e) {
            conn.rollback();
            return "an error: SQLSTATE " + e.getSQLState() + ": " + e.getMessage();
        }
    }
}
