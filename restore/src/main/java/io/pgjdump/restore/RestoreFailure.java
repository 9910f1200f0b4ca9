package io.pgjdump.restore;

/**
 * One statement the server refused.
 *
 * @param line          1-based line where the statement starts (for COPY rows: the row's own line
 *                      when the server said which row, else the COPY statement's line)
 * @param sqlState      the server's SQLSTATE, or null when the driver failed without one
 * @param message       the server's message, first line only
 * @param statementHead the first ~80 characters of the statement, on one line
 */
public record RestoreFailure(int line, String sqlState, String message, String statementHead) {

    private static final int HEAD_LENGTH = 80;

    public static RestoreFailure of(int line, String sqlState, String message, String statement) {
        return new RestoreFailure(line, sqlState, message, head(statement));
    }

    /** {@code line L: SQLSTATE xxxxx: message; statement: head}. */
    public String describe() {
        return "line " + line + ": SQLSTATE " + (sqlState == null ? "?????" : sqlState) + ": " + message
                + "; statement: " + statementHead;
    }

    /** The first ~80 characters of a statement, whitespace folded, for messages. */
    public static String head(String statement) {
        String flat = statement.strip().replaceAll("\\s+", " ");
        return flat.length() <= HEAD_LENGTH ? flat : flat.substring(0, HEAD_LENGTH) + "...";
    }

    @Override
    public String toString() {
        return describe();
    }
}
