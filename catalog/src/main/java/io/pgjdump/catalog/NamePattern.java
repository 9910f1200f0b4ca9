package io.pgjdump.catalog;

import java.util.regex.Pattern;

/**
 * A pg_dump/psql name pattern: {@code *} and {@code ?} are wildcards, letters outside double quotes
 * fold to lower case, a double-quoted part is taken literally, and an unquoted dot separates the
 * schema part from the object part (for table patterns).
 */
public record NamePattern(String text, Pattern schema, Pattern name) {

    /** A pattern for schema names: the whole text is one part. */
    public static NamePattern forSchema(String text) {
        Pattern[] parts = split(text, 1);
        return new NamePattern(text, parts[0], null);
    }

    /** A pattern for relation names, optionally qualified by a schema pattern. */
    public static NamePattern forRelation(String text) {
        Pattern[] parts = split(text, 2);
        return parts.length == 2 ? new NamePattern(text, parts[0], parts[1]) : new NamePattern(text, null, parts[0]);
    }

    public boolean matchesSchema(String schemaName) {
        return schema.matcher(schemaName).matches();
    }

    /**
     * Whether a relation matches. Without a schema part pg_dump matches only relations visible
     * through the search path, which the caller tells us.
     */
    public boolean matchesRelation(String schemaName, String relName, boolean visible) {
        if (schema == null) {
            return visible && name.matcher(relName).matches();
        }
        return schema.matcher(schemaName).matches() && name.matcher(relName).matches();
    }

    private static Pattern[] split(String text, int maxParts) {
        java.util.List<StringBuilder> parts = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cur.append(Pattern.quote("\""));
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && c == '.') {
                parts.add(cur);
                cur = new StringBuilder();
            } else if (!quoted && c == '*') {
                cur.append(".*");
            } else if (!quoted && c == '?') {
                cur.append('.');
            } else {
                String s = quoted ? String.valueOf(c) : String.valueOf(c).toLowerCase(java.util.Locale.ROOT);
                cur.append(Pattern.quote(s));
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted identifier in pattern: " + text);
        }
        parts.add(cur);
        if (parts.size() > maxParts) {
            throw new IllegalArgumentException("improper qualified name (too many dotted names): " + text);
        }
        Pattern[] out = new Pattern[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Pattern.compile(parts.get(i).toString(), Pattern.DOTALL);
        }
        return out;
    }
}
