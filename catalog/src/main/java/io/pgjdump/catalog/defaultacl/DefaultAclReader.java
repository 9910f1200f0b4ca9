package io.pgjdump.catalog.defaultacl;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.List;

/**
 * Reads default privileges. As in pg_dump, a per-schema row goes with its schema and a
 * database-wide row only with a dump of the whole database.
 */
public final class DefaultAclReader {

    // acldefault() takes the object type letters of aclchk.c, which differ from defaclobjtype's
    private static final String SQL = """
            SELECT d.oid::bigint AS oid, pg_catalog.pg_get_userbyid(d.defaclrole) AS role, n.nspname,
                   d.defaclnamespace::bigint AS nspoid, d.defaclobjtype, d.defaclacl::text AS acl,
                   CASE WHEN d.defaclnamespace = 0 THEN pg_catalog.acldefault(
                       CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END::"char",
                       d.defaclrole)::text END AS baseline
            FROM pg_catalog.pg_default_acl d
            LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
            ORDER BY 2, n.nspname NULLS FIRST, d.defaclobjtype
            """;

    private DefaultAclReader() {
    }

    public static List<DefaultAcl> read(ReadContext ctx) throws SQLException {
        return CatalogQuery.list(ctx.conn(), "default privileges", SQL, rs -> {
            String schema = rs.getString("nspname");
            boolean wanted = schema == null ? ctx.selection().includesDatabaseObjects()
                    : ctx.selection().includesSchema(schema);
            if (!wanted) {
                return null;
            }
            return new DefaultAcl(rs.getLong("oid"), rs.getString("role"), schema, rs.getLong("nspoid"),
                    rs.getString("defaclobjtype").charAt(0), rs.getString("acl"), rs.getString("baseline"));
        });
    }
}
