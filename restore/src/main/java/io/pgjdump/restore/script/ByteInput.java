package io.pgjdump.restore.script;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The script's bytes with the position the lexer reports: line and byte offset. Works on bytes,
 * not characters: every byte that matters to SQL syntax is ASCII, and UTF-8 never uses ASCII
 * values inside a multi-byte character, so COPY data can pass to the server untouched.
 */
final class ByteInput {

    static final int EOF = -1;

    private final ScriptInput source;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long bufStart;
    private int line = 1;
    private boolean eof;

    ByteInput(ScriptInput source) {
        this.source = source;
    }

    /** The byte {@code ahead} positions on, or EOF. Lookahead is limited to a few hundred bytes. */
    int peek(int ahead) {
        if (pos + ahead >= limit && !ensure(ahead + 1)) {
            return EOF;
        }
        return buf[pos + ahead] & 0xFF;
    }

    int peek() {
        return peek(0);
    }

    /** Consumes one byte, counting lines. */
    int read() {
        int b = peek(0);
        if (b != EOF) {
            pos++;
            if (b == '\n') {
                line++;
            }
        }
        return b;
    }

    int line() {
        return line;
    }

    long offset() {
        return bufStart + pos;
    }

    // Bulk access for COPY data: the caller scans buf[pos, limit) and then consumes what it used.

    byte[] buffer() {
        return buf;
    }

    int position() {
        return pos;
    }

    int limit() {
        return limit;
    }

    /** Consumes buf[pos, pos + n), which holds {@code newlines} line feeds. */
    void skip(int n, int newlines) {
        pos += n;
        line += newlines;
    }

    /** Makes at least {@code n} bytes available at pos; false when the input ends first. */
    boolean request(int n) {
        return ensure(n);
    }

    private boolean ensure(int needed) {
        while (limit - pos < needed) {
            if (eof) {
                return false;
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                bufStart += pos;
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length) {
                return true;
            }
            int n = readSource(limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        return true;
    }

    private int readSource(int at) {
        try {
            return source.text().read(buf, at, buf.length - at);
        } catch (IOException e) {
            if (source.zstd()) {
                throw new ScriptException("corrupt or truncated zstd data near compressed byte " + source.rawPosition()
                        + " (decompressed text read through line " + line + ", byte " + (bufStart + limit) + "): "
                        + e.getMessage(), 0, -1, e);
            }
            throw new UncheckedIOException("reading the script near line " + line, e);
        }
    }
}
