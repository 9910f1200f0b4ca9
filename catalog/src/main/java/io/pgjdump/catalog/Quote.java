package io.pgjdump.catalog;

import java.util.Set;

/**
 * The one place where identifiers and literals are turned into SQL text. Every name that a
 * renderer assembles itself goes through {@link #ident}; text produced by the server's own
 * deparsers (pg_get_*def, format_type) is already quoted and is used as is.
 */
public final class Quote {

    /**
     * Keywords that are not "unreserved" on any supported server (13 to 17): such a word must be
     * quoted when used as a name. Taken from pg_get_keywords() with catcode <> 'U', plus the few
     * words later releases added. Quoting a word needlessly is harmless; missing one is not.
     */
    private static final Set<String> KEYWORDS = Set.of((
            "all analyse analyze and any array as asc asymmetric authorization between bigint binary bit"
            + " boolean both case cast char character check coalesce collate collation column concurrently"
            + " constraint create cross current_catalog current_date current_role current_schema current_time"
            + " current_timestamp current_user dec decimal default deferrable desc distinct do else end except"
            + " exists extract false fetch float for foreign freeze from full grant greatest group grouping"
            + " having ilike in initially inner inout int integer intersect interval into is isnull join"
            + " lateral leading least left like limit localtime localtimestamp national natural nchar none"
            + " normalize not notnull null nullif numeric offset on only or order out outer overlaps overlay"
            + " placing position precision primary real references returning right row select session_user"
            + " setof similar smallint some substring symmetric system_user table tablesample then time"
            + " timestamp to trailing treat trim true union unique user using values varchar variadic verbose"
            + " when where window with xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces"
            + " xmlparse xmlpi xmlroot xmlserialize xmltable json json_array json_arrayagg json_exists"
            + " json_object json_objectagg json_query json_scalar json_serialize json_table json_value"
            + " merge_action").split(" "));

    private Quote() {
    }

    /** Quotes an identifier the way the server's quote_ident() does: only where needed. */
    public static String ident(String name) {
        if (name == null) {
            throw new IllegalArgumentException("identifier is null");
        }
        if (isSafe(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** schema.name, each part quoted as needed. */
    public static String qualified(String schema, String name) {
        return ident(schema) + "." + ident(name);
    }

    /**
     * A string literal. Backslashes are doubled and the E'' form used when present, so the result
     * reads the same whatever standard_conforming_strings is set to.
     */
    public static String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        String body = value.replace("'", "''");
        if (body.indexOf('\\') >= 0) {
            return "E'" + body.replace("\\", "\\\\") + "'";
        }
        return "'" + body + "'";
    }

    private static boolean isSafe(String name) {
        if (name.isEmpty() || KEYWORDS.contains(name)) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
