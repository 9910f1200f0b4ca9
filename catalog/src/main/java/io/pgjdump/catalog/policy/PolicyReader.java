package io.pgjdump.catalog.policy;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Reads the row-level security policies of the dumped tables. */
public final class PolicyReader {

    // polroles = {0} is PUBLIC; role names come back in the order the array stores them
    private static final String SQL = """
            SELECT p.oid::bigint AS oid, p.polrelid::bigint AS relid, n.nspname, c.relname, p.polname,
                   p.polcmd, p.polpermissive,
                   ARRAY(SELECT pg_catalog.pg_get_userbyid(r.roleid)
                           FROM pg_catalog.unnest(p.polroles) WITH ORDINALITY AS r(roleid, pos)
                          WHERE r.roleid <> 0 ORDER BY r.pos) AS roles,
                   pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS qual,
                   pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS withcheck,
                   pg_catalog.obj_description(p.oid, 'pg_policy') AS comment
            FROM pg_catalog.pg_policy p
            JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            ORDER BY n.nspname, c.relname, p.polname
            """;

    private PolicyReader() {
    }

    public static List<Policy> read(ReadContext ctx, Set<Long> tableOids) throws SQLException {
        return CatalogQuery.list(ctx.conn(), "policies", SQL, rs -> {
            long relid = rs.getLong("relid");
            if (!tableOids.contains(relid)) {
                return null;
            }
            return new Policy(rs.getLong("oid"), relid, rs.getString("nspname"), rs.getString("relname"),
                    rs.getString("polname"), rs.getString("polcmd").charAt(0), rs.getBoolean("polpermissive"),
                    CatalogQuery.textArray(rs, "roles"), rs.getString("qual"), rs.getString("withcheck"),
                    rs.getString("comment"));
        });
    }
}
