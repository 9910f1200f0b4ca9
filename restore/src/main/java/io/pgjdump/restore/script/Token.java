package io.pgjdump.restore.script;

/**
 * One lexical token of a statement, as the restore needs them to classify statements: words keep
 * their spelling, quoted identifiers their unquoted name, strings their source text.
 *
 * @param type  what kind of token
 * @param text  WORD: as written; QUOTED_IDENT: the name without quotes; STRING: the literal as
 *              written (quotes included; empty when longer than {@link #MAX_TEXT}); others: as written
 * @param line  1-based line where the token starts
 * @param depth parenthesis depth at the token (0 = top level of the statement)
 */
public record Token(Type type, String text, int line, int depth) {

    /** Longer string literals (function bodies) are not kept as token text; nobody inspects them. */
    public static final int MAX_TEXT = 1024;

    public enum Type { WORD, QUOTED_IDENT, STRING, NUMBER, PARAM, PUNCT, OPERATOR }

    /** A WORD equal to the keyword, ignoring case. */
    public boolean isWord(String keyword) {
        return type == Type.WORD && text.equalsIgnoreCase(keyword);
    }

    public boolean isPunct(char c) {
        return type == Type.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    /** A name part: a word or a quoted identifier. */
    public boolean isName() {
        return type == Type.WORD || type == Type.QUOTED_IDENT;
    }
}
