package io.pgjdump.restore.exec;

import io.pgjdump.restore.script.ScriptException;
import io.pgjdump.restore.script.Statement;
import io.pgjdump.restore.script.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sorts statements into {@link Kind}s by their leading tokens. Conservative: a statement it does
 * not fully recognise is OTHER and runs alone in file order, which is always correct.
 */
final class Classifier {

    private static final Set<String> UTF8_NAMES = Set.of("utf8", "utf-8", "unicode");

    private Classifier() {
    }

    static Classified classify(Statement st) {
        if (st.copyFromStdin()) {
            List<String> table = new ArrayList<>();
            if (name(st, 1, table) < 0) {
                table.clear();
            }
            return new Classified(st, Kind.COPY, table);
        }
        if (st.tokens().isEmpty()) {
            return other(st);
        }
        if (isSetting(st)) {
            return new Classified(st, Kind.SETTING, List.of());
        }
        if (st.startsWith("BEGIN") || st.startsWith("START", "TRANSACTION")) {
            return new Classified(st, Kind.TRANSACTION_START, List.of());
        }
        if ((st.startsWith("COMMIT") || st.startsWith("END") || st.startsWith("ABORT")
                || st.startsWith("ROLLBACK")) && !hasTopWord(st, "TO") && !hasTopWord(st, "PREPARED")) {
            return new Classified(st, Kind.TRANSACTION_END, List.of());
        }
        if (!st.tokensComplete()) {
            return other(st);
        }
        if (st.startsWith("CREATE", "INDEX") || st.startsWith("CREATE", "UNIQUE", "INDEX")) {
            return index(st);
        }
        if (st.startsWith("ALTER", "TABLE")) {
            return constraint(st);
        }
        return other(st);
    }

    private static Classified index(Statement st) {
        int i = indexOfTopWord(st, "ON", 2);
        if (i < 0) {
            return other(st);
        }
        i++;
        if (st.token(i) != null && st.token(i).isWord("ONLY")) {
            i++;
        }
        List<String> table = new ArrayList<>();
        return name(st, i, table) < 0 ? other(st) : new Classified(st, Kind.INDEX, table);
    }

    /** ALTER TABLE [IF EXISTS] [ONLY] t ADD CONSTRAINT c {PRIMARY KEY|UNIQUE|EXCLUDE|FOREIGN KEY} ... */
    private static Classified constraint(Statement st) {
        int i = 2;
        if (st.token(i) != null && st.token(i).isWord("IF")) {
            i += 2;
        }
        if (st.token(i) != null && st.token(i).isWord("ONLY")) {
            i++;
        }
        List<String> tables = new ArrayList<>();
        i = name(st, i, tables);
        if (i < 0 || !word(st, i, "ADD") || !word(st, i + 1, "CONSTRAINT") || st.token(i + 2) == null
                || !st.token(i + 2).isName()) {
            return other(st);
        }
        // one subcommand only, and no USING INDEX that could name an index built beside it
        for (int k = i; k < st.tokens().size(); k++) {
            Token t = st.tokens().get(k);
            if (t.depth() == 0 && t.isPunct(',')) {
                return other(st);
            }
            if (t.isWord("USING") && word(st, k + 1, "INDEX") && !word(st, k + 2, "TABLESPACE")) {
                return other(st);
            }
        }
        int type = i + 3;
        if (word(st, type, "PRIMARY") || word(st, type, "UNIQUE") || word(st, type, "EXCLUDE")) {
            return new Classified(st, Kind.KEY, tables);
        }
        if (word(st, type, "FOREIGN")) {
            int r = indexOfTopWord(st, "REFERENCES", type);
            if (r < 0 || name(st, r + 1, tables) < 0) {
                return other(st);
            }
            return new Classified(st, Kind.FOREIGN_KEY, tables);
        }
        return other(st);
    }

    /**
     * SET (not LOCAL, TRANSACTION or CONSTRAINTS), RESET, and a lone
     * {@code SELECT pg_catalog.set_config(name, value, false)} as pg_dump writes for search_path.
     */
    static boolean isSetting(Statement st) {
        if (st.startsWith("SET")) {
            Token second = st.token(1);
            if (second == null || second.isWord("LOCAL") || second.isWord("TRANSACTION")
                    || second.isWord("CONSTRAINTS") || st.startsWith("SET", "SESSION", "CHARACTERISTICS")) {
                return false;
            }
            checkClientEncoding(st);
            return true;
        }
        if (st.startsWith("RESET")) {
            return true;
        }
        List<Token> t = st.tokens();
        int i = st.startsWith("SELECT", "pg_catalog") && t.size() > 2 && t.get(2).isPunct('.') ? 3 : 1;
        return st.startsWith("SELECT") && t.size() == i + 8 && t.get(i).isWord("set_config") && t.get(i + 1).isPunct('(')
                && t.get(i + 2).type() == Token.Type.STRING && t.get(i + 3).isPunct(',')
                && t.get(i + 4).type() == Token.Type.STRING && t.get(i + 5).isPunct(',')
                && t.get(i + 6).isWord("false") && t.get(i + 7).isPunct(')');
    }

    /** pgjdbc speaks UTF-8 only; a script in another encoding would be read wrongly. */
    private static void checkClientEncoding(Statement st) {
        int i = st.token(1).isWord("SESSION") ? 2 : 1;
        Token name = st.token(i);
        Token value = st.token(i + 2);
        if (name != null && name.isWord("client_encoding") && value != null) {
            String v = value.text().replace("'", "").toLowerCase(Locale.ROOT);
            if (!UTF8_NAMES.contains(v) && !v.equals("default")) {
                throw new ScriptException("the script is in encoding " + v + "; pgjdump restores UTF8 scripts only "
                        + "(re-encode the file to UTF-8 and change this line)", st.line(), -1);
            }
        }
    }

    /**
     * Reads a possibly qualified name at token {@code i} and adds it, as regclass text, to
     * {@code out}.
     *
     * @return the index after the name, or -1 when there is none
     */
    static int name(Statement st, int i, List<String> out) {
        StringBuilder sb = new StringBuilder();
        while (true) {
            Token t = st.token(i);
            if (t == null || !t.isName()) {
                return -1;
            }
            sb.append(t.type() == Token.Type.QUOTED_IDENT ? '"' + t.text().replace("\"", "\"\"") + '"'
                    : t.text().toLowerCase(Locale.ROOT));
            i++;
            Token dot = st.token(i);
            if (dot == null || !dot.isPunct('.')) {
                out.add(sb.toString());
                return i;
            }
            sb.append('.');
            i++;
        }
    }

    private static boolean word(Statement st, int i, String w) {
        Token t = st.token(i);
        return t != null && t.isWord(w);
    }

    private static int indexOfTopWord(Statement st, String w, int from) {
        for (int i = from; i < st.tokens().size(); i++) {
            Token t = st.tokens().get(i);
            if (t.depth() == 0 && t.isWord(w)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasTopWord(Statement st, String w) {
        return indexOfTopWord(st, w, 1) >= 0;
    }

    private static Classified other(Statement st) {
        return new Classified(st, Kind.OTHER, List.of());
    }
}
