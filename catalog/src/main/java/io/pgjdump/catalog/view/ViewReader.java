package io.pgjdump.catalog.view;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;
import io.pgjdump.catalog.extension.ExtensionMembers;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads views and materialized views with their columns. */
public final class ViewReader {

    private static final String VIEWS = """
            SELECT c.oid::bigint AS oid, n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner) AS owner,
                   c.relkind, pg_catalog.pg_get_viewdef(c.oid) AS def, c.reloptions::text[] AS reloptions,
                   c.relispopulated, r.oid::bigint AS rewrite_oid, c.reltype::bigint AS reltype,
                   coalesce(t.typarray, 0)::bigint AS typarray,
                   pg_catalog.obj_description(c.oid, 'pg_class') AS comment, c.relacl::text AS acl
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_rewrite r ON r.ev_class = c.oid AND r.rulename = '_RETURN'
            LEFT JOIN pg_catalog.pg_type t ON t.oid = c.reltype
            WHERE c.relkind IN ('v', 'm')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND %s
            ORDER BY n.nspname, c.relname
            """;

    private static final String COLUMNS = """
            SELECT a.attrelid::bigint AS relid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
                   CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN
                        (SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
                           FROM pg_catalog.pg_collation co
                           JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                          WHERE co.oid = a.attcollation) END AS collation,
                   pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr, coalesce(d.oid, 0)::bigint AS attrdef_oid,
                   pg_catalog.col_description(a.attrelid, a.attnum) AS comment, a.attacl::text AS acl
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid AND c.relkind IN ('v', 'm')
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            ORDER BY a.attrelid, a.attnum
            """;

    // UNION (not UNION ALL) ends the recursion even when views read each other in a loop
    private static final String MATVIEW_READS = """
            WITH RECURSIVE reads(mv, ref) AS (
                SELECT r.ev_class, d.refobjid
                FROM pg_catalog.pg_rewrite r
                JOIN pg_catalog.pg_class c ON c.oid = r.ev_class AND c.relkind = 'm'
                JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                     AND d.objid = r.oid AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                WHERE r.rulename = '_RETURN'
                UNION
                SELECT reads.mv, d.refobjid
                FROM reads
                JOIN pg_catalog.pg_class v ON v.oid = reads.ref AND v.relkind = 'v'
                JOIN pg_catalog.pg_rewrite r ON r.ev_class = v.oid AND r.rulename = '_RETURN'
                JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass
                     AND d.objid = r.oid AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
            )
            SELECT DISTINCT reads.mv::bigint AS mv, reads.ref::bigint AS ref, c.relkind
            FROM reads JOIN pg_catalog.pg_class c ON c.oid = reads.ref AND c.relkind IN ('m', 'v')
            WHERE reads.ref <> reads.mv
            ORDER BY 1, 2
            """;

    private ViewReader() {
    }

    public static List<View> read(ReadContext ctx) throws SQLException {
        Map<Long, List<View.ViewColumn>> columns = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "view columns", COLUMNS, rs -> {
            columns.computeIfAbsent(rs.getLong("relid"), k -> new ArrayList<>()).add(new View.ViewColumn(
                    rs.getString("attname"), rs.getString("type"), rs.getString("collation"),
                    rs.getString("default_expr"), rs.getLong("attrdef_oid"), rs.getString("comment"),
                    rs.getString("acl")));
            return null;
        });
        Map<Long, List<View.Read>> reads = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "materialized view inputs", MATVIEW_READS, rs -> {
            reads.computeIfAbsent(rs.getLong("mv"), k -> new ArrayList<>())
                    .add(new View.Read(rs.getLong("ref"), rs.getString("relkind").charAt(0)));
            return null;
        });
        String sql = VIEWS.formatted(ExtensionMembers.notMember("pg_class", "c.oid"));
        return CatalogQuery.list(ctx.conn(), "views", sql, rs -> {
            String schema = rs.getString("nspname");
            String name = rs.getString("relname");
            if (!ctx.selection().includesRelation(schema, name, ctx.visible(schema))) {
                return null;
            }
            long oid = rs.getLong("oid");
            List<String> options = new ArrayList<>();
            String checkOption = null;
            for (String opt : CatalogQuery.textArray(rs, "reloptions")) {
                if (opt.startsWith("check_option=")) {
                    checkOption = opt.substring("check_option=".length()).toUpperCase(java.util.Locale.ROOT);
                } else {
                    options.add(opt);
                }
            }
            return new View(oid, schema, name, rs.getString("owner"), rs.getString("relkind").charAt(0),
                    withoutSemicolon(rs.getString("def")), options, checkOption, rs.getBoolean("relispopulated"),
                    rs.getLong("rewrite_oid"), rs.getLong("reltype"), rs.getLong("typarray"),
                    columns.getOrDefault(oid, List.of()), rs.getString("comment"), rs.getString("acl"),
                    reads.getOrDefault(oid, List.of()));
        });
    }

    static String withoutSemicolon(String def) {
        String d = def.strip();
        return d.endsWith(";") ? d.substring(0, d.length() - 1) : d;
    }
}
