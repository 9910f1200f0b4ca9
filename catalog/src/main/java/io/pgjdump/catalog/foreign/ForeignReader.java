package io.pgjdump.catalog.foreign;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads foreign-data wrappers, foreign servers with their user mappings, and foreign tables.
 * Wrappers and servers belong to no schema, so like pg_dump they come only with a dump of the
 * whole database; foreign tables follow the selection like tables. Objects of extensions are the
 * extension's.
 */
public final class ForeignReader {

    private static final String NOT_EXTENSION_MEMBER = """
            NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = '%s'::pg_catalog.regclass
                         AND d.objid = %s AND d.deptype = 'e')""";

    private static final String WRAPPERS = """
            SELECT w.oid::bigint AS oid, w.fdwname, pg_catalog.pg_get_userbyid(w.fdwowner) AS owner,
                   CASE WHEN w.fdwhandler <> 0 THEN w.fdwhandler::pg_catalog.regproc::text END AS handler,
                   CASE WHEN w.fdwvalidator <> 0 THEN w.fdwvalidator::pg_catalog.regproc::text END AS validator,
                   w.fdwoptions AS options, w.fdwacl::text AS acl,
                   pg_catalog.obj_description(w.oid, 'pg_foreign_data_wrapper') AS comment
            FROM pg_catalog.pg_foreign_data_wrapper w
            WHERE %s
            ORDER BY w.fdwname
            """.formatted(NOT_EXTENSION_MEMBER.formatted("pg_catalog.pg_foreign_data_wrapper", "w.oid"));

    private static final String SERVERS = """
            SELECT s.oid::bigint AS oid, s.srvname, pg_catalog.pg_get_userbyid(s.srvowner) AS owner,
                   w.fdwname, w.oid::bigint AS fdwoid, s.srvtype, s.srvversion, s.srvoptions AS options,
                   s.srvacl::text AS acl, pg_catalog.obj_description(s.oid, 'pg_foreign_server') AS comment
            FROM pg_catalog.pg_foreign_server s
            JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
            WHERE %s
            ORDER BY s.srvname
            """.formatted(NOT_EXTENSION_MEMBER.formatted("pg_catalog.pg_foreign_server", "s.oid"));

    // the view, not pg_user_mapping: only superusers may read the catalog; the view shows the
    // options to whoever may see them (the mapped user, the server's owner) and NULL to others
    private static final String USER_MAPPINGS = """
            SELECT m.umid::bigint AS oid, m.srvid::bigint AS srvid,
                   CASE WHEN m.umuser = 0 THEN NULL ELSE m.usename::text END AS role, m.umoptions AS options
            FROM pg_catalog.pg_user_mappings m
            ORDER BY m.srvname, m.usename
            """;

    // partitions and inheritance children are reported as not dumped instead (UnsupportedReader)
    private static final String TABLES = """
            SELECT c.oid::bigint AS oid, n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner) AS owner,
                   s.srvname, s.oid::bigint AS srvoid, ft.ftoptions AS options, c.relacl::text AS acl,
                   pg_catalog.obj_description(c.oid, 'pg_class') AS comment, c.reltype::bigint AS reltype,
                   ARRAY(SELECT 'CONSTRAINT ' || pg_catalog.quote_ident(co.conname) || ' '
                                || pg_catalog.pg_get_constraintdef(co.oid)
                           FROM pg_catalog.pg_constraint co
                          WHERE co.conrelid = c.oid AND co.contype = 'c' ORDER BY co.conname) AS checks
            FROM pg_catalog.pg_foreign_table ft
            JOIN pg_catalog.pg_class c ON c.oid = ft.ftrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_foreign_server s ON s.oid = ft.ftserver
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i WHERE i.inhrelid = c.oid OR i.inhparent = c.oid)
              AND %s
            ORDER BY n.nspname, c.relname
            """.formatted(NOT_EXTENSION_MEMBER.formatted("pg_catalog.pg_class", "c.oid"));

    private static final String COLUMNS = """
            SELECT a.attrelid::bigint AS relid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
                   a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid) AS default_expr, d.oid::bigint AS attrdef_oid,
                   a.attgenerated = 's' AS generated,
                   CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN
                        (SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
                           FROM pg_catalog.pg_collation co
                           JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                          WHERE co.oid = a.attcollation) END AS collation,
                   a.attfdwoptions AS options, pg_catalog.col_description(a.attrelid, a.attnum) AS comment,
                   a.attacl::text AS acl
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid AND c.relkind = 'f'
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum
            """;

    /** What the reader found. */
    public record Result(List<ForeignDataWrapper> wrappers, List<ForeignServer> servers, List<ForeignTable> tables) {

        public Result {
            wrappers = List.copyOf(wrappers);
            servers = List.copyOf(servers);
            tables = List.copyOf(tables);
        }
    }

    private ForeignReader() {
    }

    public static Result read(ReadContext ctx) throws SQLException {
        List<ForeignDataWrapper> wrappers = List.of();
        List<ForeignServer> servers = List.of();
        if (ctx.selection().includesDatabaseObjects()) {
            wrappers = CatalogQuery.list(ctx.conn(), "foreign-data wrappers", WRAPPERS, rs -> new ForeignDataWrapper(
                    rs.getLong("oid"), rs.getString("fdwname"), rs.getString("owner"), rs.getString("handler"),
                    rs.getString("validator"), options(rs), rs.getString("acl"), rs.getString("comment")));
            Map<Long, List<ForeignServer.UserMapping>> mappings = new HashMap<>();
            CatalogQuery.list(ctx.conn(), "user mappings", USER_MAPPINGS, rs -> {
                mappings.computeIfAbsent(rs.getLong("srvid"), k -> new ArrayList<>()).add(
                        new ForeignServer.UserMapping(rs.getLong("oid"), rs.getString("role"), options(rs)));
                return null;
            });
            servers = CatalogQuery.list(ctx.conn(), "foreign servers", SERVERS, rs -> new ForeignServer(
                    rs.getLong("oid"), rs.getString("srvname"), rs.getString("owner"), rs.getString("fdwname"),
                    rs.getLong("fdwoid"), rs.getString("srvtype"), rs.getString("srvversion"), options(rs),
                    rs.getString("acl"), rs.getString("comment"), mappings.getOrDefault(rs.getLong("oid"), List.of())));
        }
        Map<Long, List<ForeignTable.Column>> columns = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "foreign table columns", COLUMNS, rs -> {
            columns.computeIfAbsent(rs.getLong("relid"), k -> new ArrayList<>()).add(new ForeignTable.Column(
                    rs.getString("attname"), rs.getString("type"), rs.getBoolean("attnotnull"),
                    rs.getString("default_expr"), rs.getLong("attrdef_oid"), rs.getBoolean("generated"), rs.getString("collation"),
                    options(rs), rs.getString("comment"), rs.getString("acl")));
            return null;
        });
        List<ForeignTable> tables = CatalogQuery.list(ctx.conn(), "foreign tables", TABLES, rs -> {
            String schema = rs.getString("nspname");
            String name = rs.getString("relname");
            if (!ctx.selection().includesRelation(schema, name, ctx.visible(schema))) {
                return null;
            }
            long oid = rs.getLong("oid");
            return new ForeignTable(oid, schema, name, rs.getString("owner"), rs.getString("srvname"),
                    rs.getLong("srvoid"), columns.getOrDefault(oid, List.of()), CatalogQuery.textArray(rs, "checks"),
                    options(rs), rs.getString("acl"), rs.getString("comment"), rs.getLong("reltype"));
        });
        return new Result(wrappers, servers, tables);
    }

    private static List<Option> options(java.sql.ResultSet rs) throws SQLException {
        return Option.parse(CatalogQuery.textArray(rs, "options"));
    }
}
