package io.pgjdump.restore.exec;

import io.pgjdump.restore.RestoreFailure;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one statement the way that works everywhere, PgBouncer in transaction mode included: a
 * plain JDBC Statement (unnamed, never server-prepared) with JDBC escape processing off, so
 * text such as {@code {fn ...}} in a function body reaches the server unchanged.
 */
final class Sql {

    static final String DEADLOCK = "40P01";
    private static final Pattern COPY_LINE = Pattern.compile("COPY [^,]*, line (\\d+)");

    private Sql() {
    }

    static void execute(Connection c, String sql) throws SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            st.setEscapeProcessing(false);
            st.execute(sql);
        }
    }

    /** Runs a statement; returns null when it worked, else what went wrong. */
    static RestoreFailure run(Connection c, String sql, int line) {
        try {
            execute(c, sql);
            return null;
        } catch (SQLException e) {
            return failure(e, sql, line);
        }
    }

    static RestoreFailure failure(SQLException e, String sql, int line) {
        return RestoreFailure.of(line, e.getSQLState(), message(e), sql);
    }

    /**
     * A failed COPY: when the server names the data row ("COPY t, line 3"), the failure points at
     * that row's line in the script.
     */
    static RestoreFailure copyFailure(SQLException e, String sql, int statementLine, int dataLine) {
        long row = copyRow(e);
        return row > 0 ? copyFailure(e, sql, statementLine, dataLine, row)
                : RestoreFailure.of(statementLine, e.getSQLState(), message(e), sql);
    }

    /** The data line the server names in a COPY failure ("COPY t, line 3"), counted from the COPY's start; -1 if none. */
    static long copyRow(SQLException e) {
        if (e instanceof PSQLException pe && pe.getServerErrorMessage() != null) {
            String where = pe.getServerErrorMessage().getWhere();
            Matcher m = where == null ? null : COPY_LINE.matcher(where);
            if (m != null && m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return -1;
    }

    /** A failed COPY whose {@code row}-th data line (1-based, counted from {@code dataLine}) was refused. */
    static RestoreFailure copyFailure(SQLException e, String sql, int statementLine, int dataLine, long row) {
        return RestoreFailure.of((int) (dataLine + row - 1), e.getSQLState(), message(e), sql);
    }

    private static String message(SQLException e) {
        if (e instanceof PSQLException pe && pe.getServerErrorMessage() != null) {
            ServerErrorMessage m = pe.getServerErrorMessage();
            String text = m.getMessage();
            String where = m.getWhere();
            if (where != null && where.startsWith("COPY")) {
                text += " (" + where + ")";
            }
            return text;
        }
        String text = String.valueOf(e.getMessage());
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
