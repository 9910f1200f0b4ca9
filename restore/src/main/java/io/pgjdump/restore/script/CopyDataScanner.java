package io.pgjdump.restore.script;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The row data of one COPY block: every line up to one that is exactly {@code \.} (LF or CRLF
 * ended, or at the very end of the file). A row whose value starts with {@code \.} does not end
 * it: COPY's text format writes such a value as {@code \\.}. Passes whole buffers of lines to the
 * sink instead of line by line, and looks for line ends eight bytes at a time, since this scan
 * is most of the reader's work on a dump.
 */
final class CopyDataScanner {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

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
            // eight bytes at a time while there are eight: most words of row data hold no line end
            words:
            while (p + 8 <= limit) {
                long w = (long) WORDS.get(buf, p);
                long nl = zeroBytes(w ^ NEWLINES);
                if (nl == 0) {
                    p += 8;
                    continue;
                }
                // a backslash right after a line end in the same word: a line that may be the terminator
                long hit = (nl << 8) & zeroBytes(w ^ BACKSLASHES);
                if (hit != 0) {
                    int k = Long.numberOfTrailingZeros(hit) >>> 3;
                    int n = Long.bitCount(nl & ((1L << (k << 3)) - 1));
                    newlines += n;
                    lines += n;
                    p += k;
                    lineStart = true;
                    break;
                }
                int n = Long.bitCount(nl);
                newlines += n;
                lines += n;
                p += 8;
                if (nl < 0) {
                    // the word's last byte ends a line: the next line starts in the next word
                    if (p == limit || buf[p] == '\\') {
                        lineStart = true;
                        break words;
                    }
                }
            }
            while (!lineStart && p < limit) {
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

    /** 0x80 in every byte of {@code x} that is zero, 0 in the others (exact: no carries between bytes). */
    static long zeroBytes(long x) {
        return ~(((x & LOW7) + LOW7) | x | LOW7);
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
