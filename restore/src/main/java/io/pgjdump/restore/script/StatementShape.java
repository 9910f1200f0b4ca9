package io.pgjdump.restore.script;

import java.util.Locale;

/**
 * What the lexer must know about the statement it is in, from its words alone: whether a
 * semicolon is inside a SQL-standard routine body, and whether it is a COPY ... FROM stdin (whose
 * rows follow). Reset for every statement.
 */
final class StatementShape {

    private final char[] leadWords = new char[4];
    private int wordCount;
    private int beginDepth;
    private String lastTopWord;
    private boolean copy;
    private boolean fromStdin;

    void reset() {
        java.util.Arrays.fill(leadWords, '\0');
        wordCount = 0;
        beginDepth = 0;
        lastTopWord = null;
        copy = false;
        fromStdin = false;
    }

    /**
     * An unquoted word at parenthesis depth {@code depth}. psql's heuristic for routine bodies:
     * in CREATE [OR REPLACE] FUNCTION/PROCEDURE, BEGIN opens a block that END closes (CASE too,
     * once inside one), outside parentheses.
     */
    void word(String w, int depth) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (wordCount < leadWords.length && (lower.equals("create") || lower.equals("or") || lower.equals("replace")
                || lower.equals("function") || lower.equals("procedure"))) {
            leadWords[wordCount] = lower.charAt(0);
        }
        if (wordCount == 0 && lower.equals("copy")) {
            copy = true;
        }
        wordCount++;
        if (depth == 0) {
            if (copy && lower.equals("stdin") && "from".equals(lastTopWord)) {
                fromStdin = true;
            }
            lastTopWord = lower;
        }
        boolean routine = leadWords[0] == 'c' && (leadWords[1] == 'f' || leadWords[1] == 'p'
                || (leadWords[1] == 'o' && leadWords[2] == 'r' && (leadWords[3] == 'f' || leadWords[3] == 'p')));
        if (routine && depth == 0) {
            if (lower.equals("begin")) {
                beginDepth++;
            } else if (lower.equals("case") && beginDepth > 0) {
                beginDepth++;
            } else if (lower.equals("end") && beginDepth > 0) {
                beginDepth--;
            }
        }
    }

    /** Any other token: FROM must be directly followed by STDIN. */
    void other(int depth) {
        if (depth == 0) {
            lastTopWord = null;
        }
    }

    boolean insideRoutineBody() {
        return beginDepth > 0;
    }

    boolean copyFromStdin() {
        return copy && fromStdin;
    }
}
