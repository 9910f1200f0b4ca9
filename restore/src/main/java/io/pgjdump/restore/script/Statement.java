package io.pgjdump.restore.script;

import java.util.List;

/**
 * One SQL statement as psql would send it: from its first token to the terminating semicolon
 * (excluded). Comments before it are not part of it.
 *
 * @param text             what goes to the server
 * @param line             1-based line of the first token
 * @param tokens           the first {@link #MAX_TOKENS} tokens, for classification
 * @param tokensComplete   false when the statement had more tokens than were kept
 * @param copyFromStdin    a {@code COPY ... FROM stdin}: row data follows in the script
 */
public record Statement(String text, int line, List<Token> tokens, boolean tokensComplete, boolean copyFromStdin)
        implements ScriptItem {

    /** Enough for any DDL header we classify; a multi-row INSERT need not keep its values. */
    public static final int MAX_TOKENS = 512;

    public Statement {
        tokens = List.copyOf(tokens);
    }

    public Token token(int i) {
        return i < tokens.size() ? tokens.get(i) : null;
    }

    /** True when the first tokens are these words, ignoring case. */
    public boolean startsWith(String... words) {
        if (tokens.size() < words.length) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            if (!tokens.get(i).isWord(words[i])) {
                return false;
            }
        }
        return true;
    }
}
