package io.pgjdump.restore.script;

import io.pgjdump.restore.RestoreException;

/**
 * The input is not a script we can replay: truncated, binary, corrupt, or using a psql feature we
 * do not support. Always raised before the offending part reaches the server.
 */
public final class ScriptException extends RestoreException {

    private static final long serialVersionUID = 1L;

    private final long byteOffset;

    /**
     * @param line       1-based script line, 0 when not tied to one
     * @param byteOffset offset in the input (decompressed unless the message says compressed), -1 if
     *                   unknown
     */
    public ScriptException(String message, int line, long byteOffset, Throwable cause) {
        super(format(message, line, byteOffset), line, null, cause);
        this.byteOffset = byteOffset;
    }

    public ScriptException(String message, int line, long byteOffset) {
        this(message, line, byteOffset, null);
    }

    /** Offset in the input, or -1 when unknown. */
    public long byteOffset() {
        return byteOffset;
    }

    private static String format(String message, int line, long offset) {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append("line ").append(line);
        }
        if (offset >= 0) {
            sb.append(sb.length() > 0 ? " (byte " : "byte ").append(offset).append(sb.length() > 0 ? ")" : "");
        }
        return sb.length() == 0 ? message : sb.append(": ").append(message).toString();
    }
}
