package io.pgjdump.restore.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a backslash command line into its name and arguments as psql does for the commands
 * pg_dump writes: arguments separated by whitespace, 'single quotes' (with '' and backslash
 * escapes) and "double quotes" (with "") grouping text.
 */
final class MetaCommandParser {

    private MetaCommandParser() {
    }

    static MetaCommand parse(String lineText, int line) {
        int i = 1;
        int n = lineText.length();
        while (i < n && !Character.isWhitespace(lineText.charAt(i)) && lineText.charAt(i) != '\\') {
            i++;
        }
        String name = lineText.substring(1, i);
        if (name.isEmpty()) {
            throw new ScriptException("a backslash with no command name: " + lineText, line, -1);
        }
        List<String> args = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        boolean inArg = false;
        while (i < n) {
            char c = lineText.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inArg) {
                    args.add(arg.toString());
                    arg.setLength(0);
                    inArg = false;
                }
                i++;
            } else if (c == '\'') {
                i = singleQuoted(lineText, i + 1, arg, line);
                inArg = true;
            } else if (c == '"') {
                i = doubleQuoted(lineText, i + 1, arg, line);
                inArg = true;
            } else {
                arg.append(c);
                inArg = true;
                i++;
            }
        }
        if (inArg) {
            args.add(arg.toString());
        }
        return new MetaCommand(name, args, lineText, line);
    }

    private static int singleQuoted(String s, int i, StringBuilder out, int line) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                out.append('\'');
                i += 2;
            } else if (c == '\'') {
                return i + 1;
            } else if (c == '\\' && i + 1 < s.length()) {
                out.append(s.charAt(i + 1));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        throw new ScriptException("unterminated quoted string in: " + s, line, -1);
    }

    private static int doubleQuoted(String s, int i, StringBuilder out, int line) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                out.append('"');
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        throw new ScriptException("unterminated quoted string in: " + s, line, -1);
    }
}
