package io.pgjdump.restore.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment a pgjdump script carries right after a table's last COPY block, so the file itself
 * says what restore --check must find:
 * <pre>-- pgjdump:check "public"."orders" rows=123 digest=&lt;32 hex&gt; columns="id","note"</pre>
 * Names are always double-quoted identifiers (so spaces, dots and quotes round-trip); a name with
 * a control character (a newline would end the comment) is written as a {@code U&"..."}
 * identifier with {@code \XXXX} escapes, so the comment is always one line. {@code columns} is
 * the column list the dump read (generated columns are not in it), in its order.
 *
 * @param schema  the table's schema
 * @param table   the table's name
 * @param columns the columns whose text the digest covers, in order
 * @param rows    rows the dump wrote
 * @param digest  the {@link RowDigest#hex()} of those rows
 */
public record CheckLine(String schema, String table, List<String> columns, long rows, String digest) {

    /** How the comment starts, including the space after the marker. */
    public static final String PREFIX = "-- pgjdump:check ";

    private static final Pattern MIDDLE = Pattern.compile(" rows=(\\d+) digest=([0-9a-f]{32}) columns=");

    public CheckLine {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
        columns = List.copyOf(columns);
        Objects.requireNonNull(digest, "digest");
    }

    /** The comment line, without its newline. */
    public String format() {
        StringBuilder s = new StringBuilder(PREFIX).append(ident(schema)).append('.').append(ident(table))
                .append(" rows=").append(rows).append(" digest=").append(digest).append(" columns=");
        for (int i = 0; i < columns.size(); i++) {
            s.append(i == 0 ? "" : ",").append(ident(columns.get(i)));
        }
        return s.toString();
    }

    /** The statement that reads the restored table the way the dump read it. */
    public String copyOutSql() {
        String name = sqlIdent(schema) + "." + sqlIdent(table);
        if (columns.isEmpty()) {
            return "COPY " + name + " TO STDOUT";
        }
        List<String> cols = columns.stream().map(CheckLine::sqlIdent).toList();
        return "COPY " + name + " (" + String.join(", ", cols) + ") TO STDOUT";
    }

    /** "public.orders", for messages. */
    public String describe() {
        return schema + "." + table;
    }

    /**
     * Parses a comment line starting with {@link #PREFIX} (a trailing carriage return is allowed).
     *
     * @throws IllegalArgumentException when it does not have the shape {@link #format} writes
     */
    public static CheckLine parse(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a " + PREFIX.strip() + " line");
        }
        String s = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        int[] pos = {PREFIX.length()};
        String schema = readIdent(s, pos);
        expect(s, pos, '.');
        String table = readIdent(s, pos);
        Matcher m = MIDDLE.matcher(s).region(pos[0], s.length());
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("expected rows=N digest=HEX columns=... after the table name");
        }
        long rows = Long.parseLong(m.group(1));
        String digest = m.group(2);
        pos[0] = m.end();
        List<String> columns = new ArrayList<>();
        while (pos[0] < s.length()) {
            if (!columns.isEmpty()) {
                expect(s, pos, ',');
            }
            columns.add(readIdent(s, pos));
        }
        return new CheckLine(schema, table, columns, rows, digest);
    }

    private static String ident(String name) {
        boolean control = name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        StringBuilder s = new StringBuilder(control ? "U&\"" : "\"");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                s.append("\"\"");
            } else if (control && c == '\\') {
                s.append("\\\\");
            } else if (control && (c < 0x20 || c == 0x7f)) {
                s.append(String.format(Locale.ROOT, "\\%04X", (int) c));
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }

    /** A quoted identifier for a statement sent to the server (a newline inside quotes is fine there). */
    private static String sqlIdent(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String readIdent(String s, int[] pos) {
        int p = pos[0];
        boolean unicode = s.startsWith("U&\"", p);
        if (unicode) {
            p += 2;
        }
        if (p >= s.length() || s.charAt(p) != '"') {
            throw new IllegalArgumentException("expected a double-quoted identifier at column " + (p + 1));
        }
        p++;
        StringBuilder name = new StringBuilder();
        while (true) {
            if (p >= s.length()) {
                throw new IllegalArgumentException("unterminated quoted identifier");
            }
            char c = s.charAt(p++);
            if (c == '"') {
                if (p < s.length() && s.charAt(p) == '"') {
                    name.append('"');
                    p++;
                    continue;
                }
                break;
            }
            if (unicode && c == '\\') {
                if (s.startsWith("\\", p)) {
                    name.append('\\');
                    p++;
                } else if (p + 4 <= s.length()) {
                    name.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
                    p += 4;
                } else {
                    throw new IllegalArgumentException("bad escape in U& identifier");
                }
                continue;
            }
            name.append(c);
        }
        pos[0] = p;
        return name.toString();
    }

    private static void expect(String s, int[] pos, char c) {
        if (pos[0] >= s.length() || s.charAt(pos[0]) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at column " + (pos[0] + 1));
        }
        pos[0]++;
    }
}
