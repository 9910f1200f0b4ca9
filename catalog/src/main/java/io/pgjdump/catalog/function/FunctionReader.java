package io.pgjdump.catalog.function;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;
import io.pgjdump.catalog.extension.ExtensionMembers;

import java.sql.SQLException;
import java.util.List;

/**
 * Reads functions and procedures of the selected schemas. Left out: aggregates (their own
 * reader), extension members, and functions a type owns ('i' dependency: range and multirange
 * constructors), which CREATE TYPE makes again.
 */
public final class FunctionReader {

    // system schemas are filtered here as well, so pg_get_functiondef is not run on thousands of built-ins
    private static final String SQL = """
            SELECT p.oid::bigint AS oid, n.nspname, p.proname, pg_catalog.pg_get_userbyid(p.proowner) AS owner,
                   p.prokind, pg_catalog.pg_get_functiondef(p.oid) AS def,
                   pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_args,
                   pg_catalog.obj_description(p.oid, 'pg_proc') AS comment, p.proacl::text AS acl
            FROM pg_catalog.pg_proc p
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind <> 'a'
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_t%%'
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                               WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid
                                 AND d.deptype = 'i')
              AND %s
            ORDER BY n.nspname, p.proname, identity_args
            """;

    private FunctionReader() {
    }

    public static List<Function> read(ReadContext ctx) throws SQLException {
        String sql = SQL.formatted(ExtensionMembers.notMember("pg_proc", "p.oid"));
        return CatalogQuery.list(ctx.conn(), "functions", sql, rs -> {
            String schema = rs.getString("nspname");
            if (!ctx.selection().includesSchema(schema)) {
                return null;
            }
            return new Function(rs.getLong("oid"), schema, rs.getString("proname"), rs.getString("owner"),
                    rs.getString("prokind").charAt(0), rs.getString("def"), rs.getString("identity_args"),
                    rs.getString("comment"), rs.getString("acl"));
        });
    }
}
