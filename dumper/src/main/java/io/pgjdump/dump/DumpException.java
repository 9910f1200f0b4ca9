package io.pgjdump.dump;

import java.sql.SQLException;

/**
 * A dump that failed, with a one-line message naming what failed and, where the server said why,
 * its SQLSTATE.
 */
public class DumpException extends Exception {

    private final String sqlState;

    public DumpException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    public DumpException(String message, Throwable cause) {
        this(message, null, cause);
    }

    public DumpException(String message) {
        this(message, null, null);
    }

    /** "what (SQLSTATE): first line of the server's message". */
    public static DumpException of(String what, SQLException e) {
        String state = e.getSQLState();
        if (e instanceof io.pgjdump.catalog.CatalogException) {
            return new DumpException(what + ": " + e.getMessage(), state, e); // already names object and state
        }
        return new DumpException(what + (state == null ? "" : " (" + state + ")") + ": " + firstLine(e.getMessage()),
                state, e);
    }

    /** Null when the failure did not come from the server. */
    public String sqlState() {
        return sqlState;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
