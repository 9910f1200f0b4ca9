package io.pgjdump.restore.exec;

import io.pgjdump.restore.script.ScriptItem;
import io.pgjdump.restore.script.ScriptReader;
import io.pgjdump.restore.script.Statement;
import io.pgjdump.restore.script.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * For clean: a first pass over the script that finds what it creates and plans the DROPs, in
 * reverse order so dependents go before what they depend on, as pg_restore --clean does. Indexes,
 * constraints, triggers and the like are not dropped one by one: they go with their tables.
 * Reading the whole script first also means a damaged file is refused before anything is dropped.
 */
final class DropPlanner {

    /** Object kinds we drop, as the words that follow CREATE [OR REPLACE] [UNLOGGED]. */
    private static final List<String[]> KINDS = List.of(
            new String[]{"SCHEMA"}, new String[]{"EXTENSION"}, new String[]{"TYPE"}, new String[]{"DOMAIN"},
            new String[]{"TABLE"}, new String[]{"FOREIGN", "TABLE"}, new String[]{"VIEW"},
            new String[]{"MATERIALIZED", "VIEW"}, new String[]{"SEQUENCE"}, new String[]{"FUNCTION"},
            new String[]{"PROCEDURE"}, new String[]{"AGGREGATE"}, new String[]{"COLLATION"},
            new String[]{"SERVER"}, new String[]{"PUBLICATION"}, new String[]{"EVENT", "TRIGGER"},
            new String[]{"STATISTICS"});

    record Drop(String sql, int line) {
    }

    private DropPlanner() {
    }

    static List<Drop> plan(ScriptReader reader, boolean ifExists) {
        List<Drop> drops = new ArrayList<>();
        ScriptItem item;
        while ((item = reader.next()) != null) {
            // only the first tokens matter, so a wide table (more tokens than are kept) is dropped too
            if (item instanceof Statement st && st.startsWith("CREATE")) {
                Drop d = drop(st, ifExists);
                if (d != null) {
                    drops.add(d);
                }
            }
        }
        Collections.reverse(drops);
        return drops;
    }

    static Drop drop(Statement st, boolean ifExists) {
        int i = 1;
        if (st.startsWith("CREATE", "OR", "REPLACE")) {
            i = 3;
        }
        Token t = st.token(i);
        if (t != null && (t.isWord("UNLOGGED") || t.isWord("TRUSTED") || t.isWord("PROCEDURAL"))) {
            i++;
        }
        for (String[] kind : KINDS) {
            if (!wordsAt(st, i, kind)) {
                continue;
            }
            int at = i + kind.length;
            if (wordsAt(st, at, new String[]{"IF", "NOT", "EXISTS"})) {
                at += 3;
            }
            List<String> name = new ArrayList<>();
            int after = Classifier.name(st, at, name);
            if (after < 0) {
                return null;
            }
            String what = String.join(" ", kind);
            String args = "";
            if (what.equals("FUNCTION") || what.equals("PROCEDURE") || what.equals("AGGREGATE")) {
                args = arguments(st, after);
                if (args == null) {
                    // a signature longer than the tokens kept: by name alone, which works unless overloaded
                    args = "";
                }
            }
            String sql = "DROP " + what + (ifExists ? " IF EXISTS " : " ") + name.get(0) + args + " CASCADE";
            return new Drop(sql, st.line());
        }
        return null;
    }

    /** The argument list of a routine, without DEFAULT values (DROP does not take them). */
    private static String arguments(Statement st, int open) {
        Token t = st.token(open);
        if (t == null || !t.isPunct('(')) {
            return null;
        }
        StringBuilder out = new StringBuilder("(");
        boolean skipping = false;
        int depth = t.depth();
        for (int i = open + 1; i < st.tokens().size(); i++) {
            Token a = st.tokens().get(i);
            if (a.depth() == depth && a.isPunct(')')) {
                return out.append(')').toString();
            }
            boolean top = a.depth() == depth + 1;
            if (top && a.isPunct(',')) {
                skipping = false;
                out.append(", ");
                continue;
            }
            if (top && (a.isWord("DEFAULT") || (a.type() == Token.Type.OPERATOR && a.text().equals("=")))) {
                skipping = true;
            }
            if (!skipping) {
                out.append(out.length() > 1 && !out.toString().endsWith(" ") ? " " : "").append(render(a));
            }
        }
        return null;
    }

    private static String render(Token t) {
        return t.type() == Token.Type.QUOTED_IDENT ? '"' + t.text().replace("\"", "\"\"") + '"' : t.text();
    }

    private static boolean wordsAt(Statement st, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            Token t = st.token(i + k);
            if (t == null || !t.isWord(words[k])) {
                return false;
            }
        }
        return true;
    }
}
