package io.pgjdump.restore.script;

import io.pgjdump.restore.verify.CheckLine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits SQL text into statements the way psql does: a semicolon ends a statement only outside
 * quotes, comments, parentheses and SQL-standard function bodies ({@code BEGIN ATOMIC ... END}).
 * Knows single-quoted strings ({@code ''}), E'' strings with backslash escapes (and plain strings
 * with standard_conforming_strings off), dollar quotes with and without tags, double-quoted
 * identifiers, {@code --} comments and nested block comments. Bytes in, statements out.
 */
final class Lexer {

    private static final byte[] CHECK_PREFIX = CheckLine.PREFIX.getBytes(StandardCharsets.US_ASCII);

    private final ByteInput in;
    private final Bytes text = new Bytes();
    private final List<Token> tokens = new ArrayList<>();
    private boolean tokensComplete;
    private boolean standardStrings = true;
    private Consumer<String> checkLines = line -> { };

    // state for one statement
    private int depth;
    private final StatementShape shape = new StatementShape();

    Lexer(ByteInput in) {
        this.in = in;
    }

    /** Follows {@code SET standard_conforming_strings}: off makes backslash an escape in '' strings. */
    void standardConformingStrings(boolean on) {
        standardStrings = on;
    }

    /**
     * Where comments between statements that start with {@link CheckLine#PREFIX} go (as text,
     * without the newline); other comments are skipped as before.
     */
    void checkLines(Consumer<String> sink) {
        checkLines = sink;
    }

    /**
     * Consumes whitespace and comments up to the next statement or meta-command.
     *
     * @return its first byte (not consumed), or EOF
     */
    int skipSeparators() {
        while (true) {
            int b = in.peek();
            if (b == ByteInput.EOF) {
                return b;
            }
            if (isSpace(b)) {
                in.read();
            } else if (b == '-' && in.peek(1) == '-') {
                if (atCheckLine()) {
                    int line = in.line();
                    long offset = in.offset();
                    Bytes comment = new Bytes();
                    skipLineComment(comment);
                    checkLines.accept(Utf8.decode(comment, line, offset));
                } else {
                    skipLineComment(null);
                }
            } else if (b == '/' && in.peek(1) == '*') {
                blockComment(null);
            } else {
                checkByte(b, in.offset());
                return b;
            }
        }
    }

    private boolean atCheckLine() {
        for (int i = 0; i < CHECK_PREFIX.length; i++) {
            if (in.peek(i) != (CHECK_PREFIX[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** Reads a statement whose first byte is next, through its terminating semicolon. */
    Statement readStatement() {
        text.clear();
        tokens.clear();
        tokensComplete = true;
        depth = 0;
        shape.reset();
        int startLine = in.line();
        long startOffset = in.offset();
        while (true) {
            int b = in.peek();
            if (b == ByteInput.EOF) {
                throw new ScriptException("the file ends inside a statement that starts at line " + startLine
                        + " (no terminating semicolon); the file is probably truncated", in.line(), in.offset());
            }
            if (isSpace(b)) {
                take();
            } else if (b == '-' && in.peek(1) == '-') {
                skipLineComment(text);
            } else if (b == '/' && in.peek(1) == '*') {
                blockComment(text);
            } else if (b == '\'') {
                string(!standardStrings, text.length());
            } else if (b == '"') {
                quotedIdent();
            } else if (b == '$' && dollarTagLength() > 0) {
                dollarString();
            } else if (b == '$' && isDigit(in.peek(1))) {
                int start = text.length();
                int line = in.line();
                take();
                while (isDigit(in.peek())) {
                    take();
                }
                token(Token.Type.PARAM, text.string(start, text.length()), line);
            } else if (isIdentStart(b)) {
                word();
            } else if (isDigit(b)) {
                number();
            } else if (b == ';' && depth == 0 && !shape.insideRoutineBody()) {
                in.read();
                break;
            } else if (b == '\\') {
                throw new ScriptException("a backslash command inside a statement that starts at line " + startLine
                        + " (psql's \\g and friends are not supported)", in.line(), in.offset());
            } else {
                punct(b);
            }
        }
        String sql = Utf8.decode(text, startLine, startOffset);
        boolean copyFromStdin = shape.copyFromStdin();
        if (copyFromStdin) {
            restOfCopyLine();
        }
        return new Statement(sql, startLine, tokens, tokensComplete, copyFromStdin);
    }

    /** Reads a backslash command through the end of its line. */
    MetaCommand readMeta() {
        int line = in.line();
        long offset = in.offset();
        Bytes raw = new Bytes();
        while (in.peek() != ByteInput.EOF && in.peek() != '\n') {
            int b = in.read();
            if (b != '\r') {
                checkByte(b, in.offset() - 1);
            }
            raw.add(b);
        }
        in.read();
        String lineText = Utf8.decode(raw, line, offset).strip();
        return MetaCommandParser.parse(lineText, line);
    }

    private void word() {
        int start = text.length();
        int line = in.line();
        while (isIdentCont(in.peek())) {
            take();
        }
        String w = text.string(start, text.length());
        if ((w.equals("E") || w.equals("e")) && in.peek() == '\'') {
            string(true, start);
            return;
        }
        token(Token.Type.WORD, w, line);
        shape.word(w, depth);
    }

    private void number() {
        int start = text.length();
        int line = in.line();
        while (isIdentCont(in.peek()) || in.peek() == '.') {
            take();
        }
        token(Token.Type.NUMBER, text.string(start, text.length()), line);
        shape.other(depth);
    }

    private void punct(int b) {
        int line = in.line();
        if (b == '(') {
            take();
            token(Token.Type.PUNCT, "(", line);
            depth++;
        } else if (b == ')') {
            take();
            if (depth > 0) {
                depth--;
            }
            token(Token.Type.PUNCT, ")", line);
        } else if (b == ',' || b == '.' || b == ';' || b == '[' || b == ']') {
            take();
            token(Token.Type.PUNCT, String.valueOf((char) b), line);
        } else {
            checkByte(b, in.offset());
            take();
            token(Token.Type.OPERATOR, String.valueOf((char) b), line);
        }
        if (b != '.') {
            shape.other(depth);
        }
    }

    /** A '' string; {@code escapes}: backslash escapes the next byte (E'' strings). */
    private void string(boolean escapes, int start) {
        int line = in.line();
        long offset = in.offset();
        take();
        while (true) {
            int b = in.peek();
            if (b == ByteInput.EOF) {
                throw new ScriptException("the file ends inside a string literal that starts at line " + line
                        + " (byte " + offset + "); the file is probably truncated", in.line(), in.offset());
            }
            take();
            if (b == '\\' && escapes) {
                if (in.peek() == ByteInput.EOF) {
                    continue;
                }
                take();
            } else if (b == '\'') {
                if (in.peek() != '\'') {
                    break;
                }
                take();
            }
        }
        int length = text.length() - start;
        token(Token.Type.STRING, length <= Token.MAX_TEXT ? text.string(start, text.length()) : "", line);
        shape.other(depth);
    }

    private void quotedIdent() {
        int line = in.line();
        long offset = in.offset();
        take();
        Bytes name = new Bytes();
        while (true) {
            int b = in.peek();
            if (b == ByteInput.EOF) {
                throw new ScriptException("the file ends inside a quoted identifier that starts at line " + line
                        + " (byte " + offset + "); the file is probably truncated", in.line(), in.offset());
            }
            take();
            if (b == '"') {
                if (in.peek() != '"') {
                    break;
                }
                take();
            }
            name.add(b);
        }
        token(Token.Type.QUOTED_IDENT, name.string(0, name.length()), line);
        shape.other(depth);
    }

    /** Length of the dollar-quote delimiter ($$ or $tag$) at the next byte, 0 when there is none. */
    private int dollarTagLength() {
        int i = 1;
        int b = in.peek(i);
        if (b == '$') {
            return 2;
        }
        if (!isIdentStart(b)) {
            return 0;
        }
        while (i < 256) {
            b = in.peek(++i);
            if (b == '$') {
                return i + 1;
            }
            if (!isIdentStart(b) && !isDigit(b)) {
                return 0;
            }
        }
        return 0;
    }

    private void dollarString() {
        int line = in.line();
        long offset = in.offset();
        int start = text.length();
        int tagLength = dollarTagLength();
        byte[] tag = new byte[tagLength];
        for (int i = 0; i < tagLength; i++) {
            tag[i] = (byte) take();
        }
        while (true) {
            int b = in.peek();
            if (b == ByteInput.EOF) {
                throw new ScriptException("the file ends inside a dollar-quoted string "
                        + new String(tag, StandardCharsets.UTF_8) + " that starts at line " + line + " (byte " + offset
                        + "); the file is probably truncated", in.line(), in.offset());
            }
            if (b == '$' && matches(tag)) {
                for (int i = 0; i < tagLength; i++) {
                    take();
                }
                break;
            }
            take();
        }
        int length = text.length() - start;
        token(Token.Type.STRING, length <= Token.MAX_TEXT ? text.string(start, text.length()) : "", line);
        shape.other(depth);
    }

    private boolean matches(byte[] tag) {
        for (int i = 0; i < tag.length; i++) {
            if (in.peek(i) != (tag[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private void skipLineComment(Bytes keep) {
        while (in.peek() != ByteInput.EOF && in.peek() != '\n') {
            int b = in.read();
            if (b != '\r') {
                checkByte(b, in.offset() - 1);
            }
            if (keep != null) {
                keep.add(b);
            }
        }
    }

    /** A block comment; they nest in PostgreSQL, unlike in C. */
    private void blockComment(Bytes keep) {
        int line = in.line();
        long offset = in.offset();
        int nesting = 0;
        do {
            int b = in.peek();
            if (b == ByteInput.EOF) {
                throw new ScriptException("the file ends inside a /* comment */ that starts at line " + line
                        + " (byte " + offset + "); the file is probably truncated", in.line(), in.offset());
            }
            if (b == '/' && in.peek(1) == '*') {
                nesting++;
                consume(keep, 2);
            } else if (b == '*' && in.peek(1) == '/') {
                nesting--;
                consume(keep, 2);
            } else {
                checkByte(b, in.offset());
                consume(keep, 1);
            }
        } while (nesting > 0);
    }

    private void consume(Bytes keep, int n) {
        for (int i = 0; i < n; i++) {
            int b = in.read();
            if (keep != null) {
                keep.add(b);
            }
        }
    }

    /** After {@code COPY ... FROM stdin;} the data starts on the next line; allow only a comment here. */
    private void restOfCopyLine() {
        while (in.peek() == ' ' || in.peek() == '\t' || in.peek() == '\r') {
            in.read();
        }
        if (in.peek() == '-' && in.peek(1) == '-') {
            skipLineComment(null);
        }
        int b = in.peek();
        if (b != '\n' && b != ByteInput.EOF) {
            throw new ScriptException("text after COPY ... FROM stdin; on the same line (its data must start on "
                    + "the next line)", in.line(), in.offset());
        }
        in.read();
    }

    private int take() {
        int b = in.read();
        if (b < 0x20) {
            checkByte(b, in.offset() - 1);
        }
        text.add(b);
        return b;
    }

    private void token(Token.Type type, String value, int line) {
        if (tokens.size() < Statement.MAX_TOKENS) {
            tokens.add(new Token(type, value, line, depth));
        } else {
            tokensComplete = false;
        }
    }

    /** Control characters other than whitespace mean this is not a SQL script (or it is damaged). */
    private void checkByte(int b, long offset) {
        if (b < 0x20 && !isSpace(b)) {
            throw new ScriptException(String.format("binary data (byte 0x%02X) where SQL text was expected; "
                    + "this is not a SQL script, or it is damaged", b), in.line(), offset);
        }
    }

    static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == 0x0B;
    }

    static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    static boolean isIdentStart(int b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_' || b >= 0x80;
    }

    static boolean isIdentCont(int b) {
        return isIdentStart(b) || isDigit(b) || b == '$';
    }
}
