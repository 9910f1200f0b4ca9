package io.pgjdump.restore.script;

import io.pgjdump.restore.verify.CheckLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a script item by item: statements, meta-commands, and after each
 * {@code COPY ... FROM stdin} its row data, streamed to a {@link CopySink} and never held whole.
 * Also checks what only a reader can: that {@code \restrict} and {@code &#92;unrestrict} (written by
 * pg_dump since the 2025 minor releases) pair up, so a pg_dump file cut between two statements
 * is caught too. Single-threaded.
 */
public final class ScriptReader implements AutoCloseable {

    private final ScriptInput input;
    private final ByteInput in;
    private final Lexer lexer;
    private Statement pendingCopy;
    private String restrictKey;
    private int restrictLine;
    private final List<CheckLine> checks = new ArrayList<>();

    public ScriptReader(ScriptInput input) {
        this.input = input;
        this.in = new ByteInput(input);
        this.lexer = new Lexer(in);
        lexer.checkLines(this::checkLine);
    }

    /**
     * The next statement or meta-command, or null at the end of the script. Row data of a COPY not
     * read with {@link #copyData} is skipped.
     */
    public ScriptItem next() {
        if (pendingCopy != null) {
            copyData(CopySink.DISCARD);
        }
        while (true) {
            int b = lexer.skipSeparators();
            if (b == ByteInput.EOF) {
                if (restrictKey != null) {
                    throw new ScriptException("the file ends before the \\unrestrict matching the \\restrict of line "
                            + restrictLine + "; the file is probably truncated", in.line(), in.offset());
                }
                return null;
            }
            if (b == '\\') {
                MetaCommand meta = lexer.readMeta();
                if (!restriction(meta)) {
                    return meta;
                }
                continue;
            }
            Statement st = lexer.readStatement();
            followStandardStrings(st);
            if (st.copyFromStdin()) {
                pendingCopy = st;
            }
            return st;
        }
    }

    /**
     * Streams the row data of the COPY statement just returned by {@link #next} into {@code sink},
     * up to the line {@code \.} (not passed on).
     *
     * @return the number of data lines
     */
    public long copyData(CopySink sink) {
        if (pendingCopy == null) {
            throw new IllegalStateException("no COPY FROM stdin statement to read data for");
        }
        Statement copy = pendingCopy;
        pendingCopy = null;
        return new CopyDataScanner(in, copy.line()).scan(sink);
    }

    /** True when the item last returned is a COPY whose row data has not been read or skipped yet. */
    public boolean copyPending() {
        return pendingCopy != null;
    }

    /**
     * For a plain file: scans past the row data of the COPY statement just returned by
     * {@link #next} without passing it on, and says where it is in the file, so that another
     * connection can read it from there. Only meaningful when the input is not compressed.
     */
    public CopyExtent skipCopyData() {
        if (input.zstd()) {
            throw new IllegalStateException("offsets in a compressed script are not file offsets");
        }
        long start = in.offset();
        long[] bytes = {0};
        long lines = copyData((b, off, len) -> bytes[0] += len);
        return new CopyExtent(start, bytes[0], lines);
    }

    /** The {@code -- pgjdump:check} comments read so far, in file order (one per table the dump copied). */
    public List<CheckLine> checks() {
        return List.copyOf(checks);
    }

    private void checkLine(String text) {
        try {
            checks.add(CheckLine.parse(text));
        } catch (IllegalArgumentException e) {
            throw new ScriptException("a damaged " + CheckLine.PREFIX.strip() + " comment: " + e.getMessage(),
                    in.line(), -1);
        }
    }

    /** The current line, for messages. */
    public int line() {
        return in.line();
    }

    public ScriptInput input() {
        return input;
    }

    /** Handles the restrict and unrestrict commands: true when the command was one of them. */
    private boolean restriction(MetaCommand meta) {
        if (meta.name().equals("restrict")) {
            if (restrictKey != null) {
                throw new ScriptException("\\restrict while the \\restrict of line " + restrictLine + " is still open",
                        meta.line(), -1);
            }
            restrictKey = meta.args().isEmpty() ? "" : meta.args().get(0);
            restrictLine = meta.line();
            return true;
        }
        if (meta.name().equals("unrestrict")) {
            String key = meta.args().isEmpty() ? "" : meta.args().get(0);
            if (restrictKey == null || !restrictKey.equals(key)) {
                throw new ScriptException("\\unrestrict without a matching \\restrict " + key, meta.line(), -1);
            }
            restrictKey = null;
            return true;
        }
        return false;
    }

    private void followStandardStrings(Statement st) {
        if (st.tokens().size() >= 3 && st.token(0).isWord("SET")) {
            int i = st.token(1).isWord("SESSION") ? 2 : 1;
            Token name = st.token(i);
            Token value = st.token(i + 2);
            if (name != null && name.isWord("standard_conforming_strings") && value != null) {
                String v = value.text().replace("'", "").toLowerCase(java.util.Locale.ROOT);
                lexer.standardConformingStrings(!(v.equals("off") || v.equals("false") || v.equals("0")));
            }
        }
    }

    @Override
    public void close() throws java.io.IOException {
        input.close();
    }
}
