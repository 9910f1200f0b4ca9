package io.pgjdump.catalog.collation;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;
import io.pgjdump.catalog.extension.ExtensionMembers;

import java.sql.SQLException;
import java.util.List;

/** Reads the collations of the selected schemas. */
public final class CollationReader {

    private static final String SQL = """
            SELECT c.oid::bigint AS oid, n.nspname, c.collname, pg_catalog.pg_get_userbyid(c.collowner) AS owner,
                   c.collprovider, c.collisdeterministic,
                   c.collcollate::text AS lc_collate, c.collctype::text AS lc_ctype,
                   %s AS locale, %s AS icu_rules,
                   pg_catalog.obj_description(c.oid, 'pg_collation') AS comment
            FROM pg_catalog.pg_collation c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
            WHERE %s
            ORDER BY n.nspname, c.collname
            """;

    private CollationReader() {
    }

    public static List<Collation> read(ReadContext ctx) throws SQLException {
        // where the ICU/builtin locale lives: collcollate up to 14, colliculocale in 15-16, colllocale from 17
        String locale;
        if (ctx.version().atLeast(170000)) {
            locale = "c.colllocale";
        } else if (ctx.version().atLeast(150000)) {
            locale = "c.colliculocale";
        } else {
            locale = "CASE WHEN c.collprovider = 'i' THEN c.collcollate::text END";
        }
        String rules = ctx.version().atLeast(160000) ? "c.collicurules" : "NULL::text";
        String sql = SQL.formatted(locale, rules, ExtensionMembers.notMember("pg_collation", "c.oid"));
        return CatalogQuery.list(ctx.conn(), "collations", sql, rs -> {
            String schema = rs.getString("nspname");
            if (!ctx.selection().includesSchema(schema)) {
                return null;
            }
            char provider = rs.getString("collprovider").charAt(0);
            boolean libc = provider == 'c';
            return new Collation(rs.getLong("oid"), schema, rs.getString("collname"), rs.getString("owner"), provider,
                    rs.getBoolean("collisdeterministic"), libc ? rs.getString("lc_collate") : null,
                    libc ? rs.getString("lc_ctype") : null, libc ? null : rs.getString("locale"),
                    rs.getString("icu_rules"), rs.getString("comment"));
        });
    }
}
