package io.pgjdump.catalog.schema;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;
import io.pgjdump.catalog.extension.ExtensionMembers;

import java.sql.SQLException;
import java.util.List;

/** Reads the schemas the selection includes. */
public final class SchemaReader {

    private static final String SQL = """
            SELECT n.oid::bigint AS oid, n.nspname, pg_catalog.pg_get_userbyid(n.nspowner) AS owner,
                   pg_catalog.obj_description(n.oid, 'pg_namespace') AS comment, n.nspacl::text AS acl
            FROM pg_catalog.pg_namespace n
            WHERE %s
            ORDER BY n.nspname
            """.formatted(ExtensionMembers.notMember("pg_namespace", "n.oid"));

    private SchemaReader() {
    }

    public static List<Schema> read(ReadContext ctx) throws SQLException {
        return CatalogQuery.list(ctx.conn(), "schemas", SQL, rs -> {
            String name = rs.getString("nspname");
            if (!ctx.selection().includesSchema(name)) {
                return null;
            }
            return new Schema(rs.getLong("oid"), name, rs.getString("owner"), rs.getString("comment"),
                    rs.getString("acl"));
        });
    }
}
