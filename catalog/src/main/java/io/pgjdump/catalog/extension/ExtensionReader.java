package io.pgjdump.catalog.extension;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the extensions installed in selected schemas, with the catalog rows each one owns. */
public final class ExtensionReader {

    private static final String SQL = """
            SELECT e.oid::bigint AS oid, e.extname, n.nspname, e.extversion,
                   pg_catalog.obj_description(e.oid, 'pg_extension') AS comment
            FROM pg_catalog.pg_extension e
            JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
            ORDER BY e.extname
            """;

    // array types of member types are not always members themselves, yet columns refer to them
    private static final String MEMBERS = """
            SELECT d.refobjid::bigint AS ext, d.classid::pg_catalog.regclass::text AS cls, d.objid::bigint AS objid
            FROM pg_catalog.pg_depend d
            WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
            UNION ALL
            SELECT d.refobjid::bigint, 'pg_type', t.typarray::bigint
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_type t ON t.oid = d.objid
            WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
              AND d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.typarray <> 0
            """;

    private ExtensionReader() {
    }

    public static List<Extension> read(ReadContext ctx) throws SQLException {
        Map<Long, Set<ObjectKey>> members = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "extension members", MEMBERS, rs -> {
            members.computeIfAbsent(rs.getLong("ext"), k -> new HashSet<>())
                    .add(new ObjectKey(rs.getString("cls"), rs.getLong("objid")));
            return null;
        });
        return CatalogQuery.list(ctx.conn(), "extensions", SQL, rs -> {
            String schema = rs.getString("nspname");
            if (!ctx.selection().includesExtension(schema)) {
                return null;
            }
            long oid = rs.getLong("oid");
            return new Extension(oid, rs.getString("extname"), schema, rs.getString("extversion"),
                    rs.getString("comment"), members.getOrDefault(oid, Set.of()));
        });
    }
}
