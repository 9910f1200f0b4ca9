package io.pgjdump.restore.exec;

import io.pgjdump.restore.script.MetaCommand;
import io.pgjdump.restore.script.ScriptException;

import java.util.ArrayList;
import java.util.List;

/**
 * psql meta-commands in a restore. We restore into the one database we were given, so
 * {@code \connect} to that same database (and user) is accepted and ignored, whatever its form:
 * {@code \connect db}, {@code \connect - user}, {@code \connect -reuse-previous=on "dbname='db'"};
 * a switch to another database or user is an error, because following it would write into a
 * database the caller did not name. Every other meta-command is an error naming its line.
 */
final class ConnectCheck {

    private final String database;
    private final String user;

    ConnectCheck(String database, String user) {
        this.database = database;
        this.user = user;
    }

    void check(MetaCommand m) {
        if (!m.name().equals("connect") && !m.name().equals("c")) {
            throw new ScriptException("psql meta-command \\" + m.name() + " is not supported in a restore ("
                    + m.text() + ")", m.line(), -1);
        }
        List<String> positional = new ArrayList<>();
        for (String a : m.args()) {
            if (!a.startsWith("-reuse-previous")) {
                positional.add(a);
            }
        }
        String db = positional.isEmpty() ? null : positional.get(0);
        String u = positional.size() > 1 ? positional.get(1) : null;
        if (db != null && db.contains("=")) {
            u = conninfo(db, "user", u);
            db = conninfo(db, "dbname", null);
        }
        if (db != null && !db.equals("-") && !db.equals(database)) {
            throw new ScriptException("the script switches to database \"" + db + "\" (" + m.text()
                    + "); pgjdump restores into the database it is given (\"" + database
                    + "\") only. Restore each database's part separately", m.line(), -1);
        }
        if (u != null && !u.equals("-") && !u.equals(user)) {
            throw new ScriptException("the script switches to user \"" + u + "\" (" + m.text()
                    + "); connect as that user instead", m.line(), -1);
        }
    }

    /** One key of a libpq connection string {@code key=value key='quoted value'}. */
    static String conninfo(String s, String key, String fallback) {
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int eq = s.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String k = s.substring(i, eq).strip();
            i = eq + 1;
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            StringBuilder v = new StringBuilder();
            if (i < n && s.charAt(i) == '\'') {
                i++;
                while (i < n && s.charAt(i) != '\'') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    v.append(s.charAt(i++));
                }
                i++;
            } else {
                while (i < n && !Character.isWhitespace(s.charAt(i))) {
                    v.append(s.charAt(i++));
                }
            }
            if (k.equals(key)) {
                return v.toString();
            }
        }
        return fallback;
    }
}
