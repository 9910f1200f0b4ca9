package io.pgjdump.restore.script;

/**
 * The row data of one COPY block: every line up to one that is exactly {@code \.} (LF or CRLF
 * ended, or at the very end of the file). A row whose value starts with {@code \.} does not end
 * it: COPY's text format writes such a value as {@code \\.}. Passes whole buffers of lines to the
 * sink instead of line by line.
 */
final class CopyDataScanner {

    private final ByteInput in;
    private final int copyLine;

    CopyDataScanner(ByteInput in, int copyLine) {
        this.in = in;
        this.copyLine = copyLine;
    }

    long scan(CopySink sink) {
        long lines = 0;
        boolean lineStart = true;
        while (true) {
            if (lineStart) {
                // up to 4 bytes decide whether this line is the terminator (fewer at the end of the file)
                in.request(4);
                int end = terminatorLength();
                if (end > 0) {
                    for (int i = 0; i < end; i++) {
                        in.read();
                    }
                    return lines;
                }
            }
            if (!in.request(1)) {
                throw new ScriptException("the file ends inside the data of the COPY at line " + copyLine
                        + " (no \\. line ends it); the file is probably truncated", in.line(), in.offset());
            }
            byte[] buf = in.buffer();
            int start = in.position();
            int limit = in.limit();
            int p = start;
            int newlines = 0;
            lineStart = false;
            while (p < limit) {
                if (buf[p++] == '\n') {
                    newlines++;
                    lines++;
                    // a line starting with a backslash may be the terminator: checked at the top, with lookahead
                    if (p < limit && buf[p] == '\\') {
                        lineStart = true;
                        break;
                    }
                    if (p == limit) {
                        lineStart = true;
                    }
                }
            }
            sink.write(buf, start, p - start);
            in.skip(p - start, newlines);
        }
    }

    /** Length of the {@code \.} line at the current position (with its line end), or 0. */
    private int terminatorLength() {
        if (in.peek(0) != '\\' || in.peek(1) != '.') {
            return 0;
        }
        int c = in.peek(2);
        if (c == ByteInput.EOF) {
            return 2;
        }
        if (c == '\n') {
            return 3;
        }
        if (c == '\r' && (in.peek(3) == '\n' || in.peek(3) == ByteInput.EOF)) {
            return in.peek(3) == '\n' ? 4 : 3;
        }
        return 0;
    }
}
