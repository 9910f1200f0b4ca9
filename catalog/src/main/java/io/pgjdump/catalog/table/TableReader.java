package io.pgjdump.catalog.table;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;
import io.pgjdump.catalog.extension.ExtensionMembers;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads tables and partitioned tables with their columns; constraints are read by ConstraintReader. */
public final class TableReader {

    private static final String TABLES = """
            SELECT c.oid::bigint AS oid, n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner) AS owner,
                   c.relkind, c.relpersistence, c.reloptions::text[] AS reloptions,
                   CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS partkey,
                   CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid) END AS partbound,
                   (SELECT pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.relname)
                      FROM pg_catalog.pg_inherits i
                      JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
                      JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                     WHERE i.inhrelid = c.oid AND c.relispartition) AS partparent,
                   ARRAY(SELECT pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.relname)
                           FROM pg_catalog.pg_inherits i
                           JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
                           JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                          WHERE i.inhrelid = c.oid AND NOT c.relispartition
                          ORDER BY i.inhseqno) AS inherits,
                   c.relreplident, c.relrowsecurity, c.relforcerowsecurity,
                   pg_catalog.obj_description(c.oid, 'pg_class') AS comment, c.relacl::text AS acl,
                   c.reltype::bigint AS reltype,
                   c.relpages::bigint * pg_catalog.current_setting('block_size')::bigint AS est_bytes,
                   c.reltuples::float8 AS est_rows
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND %s
            ORDER BY n.nspname, c.relname
            """.formatted(ExtensionMembers.notMember("pg_class", "c.oid"));

    private static final String COLUMNS = """
            SELECT a.attrelid::bigint AS relid, a.attnum, a.attname,
                   pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
                   a.attnotnull, a.attidentity, a.attgenerated, a.attislocal,
                   pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr, d.oid::bigint AS attrdef_oid,
                   CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN
                        (SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
                           FROM pg_catalog.pg_collation co
                           JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                          WHERE co.oid = a.attcollation) END AS collation,
                   CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END AS storage,
                   %s AS compression,
                   pg_catalog.col_description(a.attrelid, a.attnum) AS comment, a.attacl::text AS acl,
                   sn.nspname AS seq_schema, sc.relname AS seq_name, s.seqstart, s.seqincrement, s.seqmin,
                   s.seqmax, s.seqcache, s.seqcycle
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            LEFT JOIN pg_catalog.pg_depend dep ON a.attidentity <> '' AND dep.refclassid = 'pg_catalog.pg_class'::regclass
                 AND dep.refobjid = a.attrelid AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'
                 AND dep.classid = 'pg_catalog.pg_class'::regclass
            LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid
            LEFT JOIN pg_catalog.pg_class sc ON sc.oid = s.seqrelid
            LEFT JOIN pg_catalog.pg_namespace sn ON sn.oid = sc.relnamespace
            WHERE a.attnum > 0 AND NOT a.attisdropped
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%%'
            ORDER BY a.attrelid, a.attnum
            """;

    private TableReader() {
    }

    public static List<Table> read(ReadContext ctx) throws SQLException {
        return read(ctx, false);
    }

    /** Tables whose rows only are dumped ({@link io.pgjdump.catalog.Selection#includesDataOnly}). */
    public static List<Table> readDataOnly(ReadContext ctx) throws SQLException {
        return ctx.selection().dataOnlyTables().isEmpty() ? List.of() : read(ctx, true);
    }

    private static List<Table> read(ReadContext ctx, boolean dataOnly) throws SQLException {
        Map<Long, List<Column>> columns = readColumns(ctx);
        return CatalogQuery.list(ctx.conn(), dataOnly ? "data-only tables" : "tables", TABLES, rs -> {
            String schema = rs.getString("nspname");
            String name = rs.getString("relname");
            boolean visible = ctx.visible(schema);
            if (dataOnly ? !ctx.selection().includesDataOnly(schema, name, visible)
                    : !ctx.selection().includesRelation(schema, name, visible)) {
                return null;
            }
            long oid = rs.getLong("oid");
            char relkind = rs.getString("relkind").charAt(0);
            List<String> reloptions = CatalogQuery.textArray(rs, "reloptions");
            return new Table(oid, schema, name, rs.getString("owner"), relkind,
                    rs.getString("relpersistence").charAt(0), columns.getOrDefault(oid, List.of()), List.of(),
                    reloptions.isEmpty() ? null : String.join(", ", reloptions), rs.getString("partkey"),
                    rs.getString("partbound"), rs.getString("partparent"), CatalogQuery.textArray(rs, "inherits"),
                    rs.getString("relreplident").charAt(0), rs.getBoolean("relrowsecurity"),
                    rs.getBoolean("relforcerowsecurity"), rs.getString("comment"), rs.getString("acl"),
                    rs.getLong("reltype"), rs.getLong("est_bytes"), rs.getDouble("est_rows"),
                    relkind == 'r' && ctx.selection().includesData(schema, name, visible), visible);
        });
    }

    private static Map<Long, List<Column>> readColumns(ReadContext ctx) throws SQLException {
        // attcompression exists from 14; '' means "the default method"
        String compression = ctx.version().atLeast(140000)
                ? "CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END" : "NULL::text";
        Map<Long, List<Column>> out = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "table columns", COLUMNS.formatted(compression), rs -> {
            Column.IdentitySequence seq = rs.getString("seq_name") == null ? null
                    : new Column.IdentitySequence(rs.getString("seq_schema"), rs.getString("seq_name"),
                            rs.getLong("seqstart"), rs.getLong("seqincrement"), rs.getLong("seqmin"),
                            rs.getLong("seqmax"), rs.getLong("seqcache"), rs.getBoolean("seqcycle"));
            Column col = new Column(rs.getInt("attnum"), rs.getString("attname"), rs.getString("type"),
                    rs.getBoolean("attnotnull"), rs.getString("default_expr"), rs.getLong("attrdef_oid"),
                    charOf(rs.getString("attidentity")), charOf(rs.getString("attgenerated")),
                    rs.getString("collation"), storageName(rs.getString("storage")), rs.getString("compression"),
                    rs.getBoolean("attislocal"), rs.getString("comment"), rs.getString("acl"), seq);
            out.computeIfAbsent(rs.getLong("relid"), k -> new ArrayList<>()).add(col);
            return null;
        });
        return out;
    }

    private static char charOf(String s) {
        return s == null || s.isEmpty() ? 0 : s.charAt(0);
    }

    private static String storageName(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.charAt(0)) {
            case 'p' -> "PLAIN";
            case 'e' -> "EXTERNAL";
            case 'm' -> "MAIN";
            case 'x' -> "EXTENDED";
            default -> null;
        };
    }
}
