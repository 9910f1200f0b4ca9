package io.pgjdump.restore;

/**
 * A restore that stopped. Carries the script line it stopped at (0 when the failure is not tied to
 * a line, such as a checksum mismatch or a connection that could not be opened) and the server's
 * SQLSTATE when the server refused something (null otherwise).
 */
public class RestoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String sqlState;

    public RestoreException(String message, int line, String sqlState, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.sqlState = sqlState;
    }

    public RestoreException(String message, int line, String sqlState) {
        this(message, line, sqlState, null);
    }

    /** The 1-based script line, or 0 when the failure is not tied to one. */
    public int line() {
        return line;
    }

    /** The server's SQLSTATE, or null when the server was not the one that refused. */
    public String sqlState() {
        return sqlState;
    }
}
