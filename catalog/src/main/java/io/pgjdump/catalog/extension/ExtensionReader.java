package io.pgjdump.catalog.extension;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.ArrayList;
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

    // pg_dump's rule: a member's privileges are dumped when they differ from those the extension
    // script left (pg_init_privs); functions and relations are the members that carry grants
    private static final String CHANGED_ACLS = """
            SELECT d.refobjid::bigint AS ext, CASE WHEN p.prokind = 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END AS objtype,
                   pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname)
                   || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')' AS target,
                   p.proacl::text AS acl, pg_catalog.pg_get_userbyid(p.proowner) AS owner
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_proc p ON p.oid = d.objid
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            LEFT JOIN pg_catalog.pg_init_privs ip ON ip.objoid = p.oid
                 AND ip.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND ip.objsubid = 0
            WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.deptype = 'e'
              AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
              AND p.proacl IS NOT NULL AND p.proacl IS DISTINCT FROM ip.initprivs
            UNION ALL
            SELECT d.refobjid::bigint, CASE WHEN c.relkind = 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                   pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname),
                   c.relacl::text, pg_catalog.pg_get_userbyid(c.relowner)
            FROM pg_catalog.pg_depend d
            JOIN pg_catalog.pg_class c ON c.oid = d.objid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_init_privs ip ON ip.objoid = c.oid
                 AND ip.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ip.objsubid = 0
            WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype = 'e'
              AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
              AND c.relacl IS NOT NULL AND c.relacl IS DISTINCT FROM ip.initprivs
            ORDER BY 1, 2, 3
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
        Map<Long, List<Extension.MemberAcl>> acls = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "extension member privileges", CHANGED_ACLS, rs -> {
            acls.computeIfAbsent(rs.getLong("ext"), k -> new ArrayList<>()).add(new Extension.MemberAcl(
                    rs.getString("objtype"), rs.getString("target"), rs.getString("acl"), rs.getString("owner")));
            return null;
        });
        return CatalogQuery.list(ctx.conn(), "extensions", SQL, rs -> {
            String schema = rs.getString("nspname");
            if (!ctx.selection().includesExtension(schema)) {
                return null;
            }
            long oid = rs.getLong("oid");
            return new Extension(oid, rs.getString("extname"), schema, rs.getString("extversion"),
                    rs.getString("comment"), members.getOrDefault(oid, Set.of()), acls.getOrDefault(oid, List.of()));
        });
    }
}
