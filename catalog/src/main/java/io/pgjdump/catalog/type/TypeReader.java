package io.pgjdump.catalog.type;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;
import io.pgjdump.catalog.extension.ExtensionMembers;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads enums, domains, stand-alone composite types and range types of the selected schemas. Row
 * types of tables and views come with their relation; array and multirange types with their
 * element or range type.
 */
public final class TypeReader {

    /** A collation oid expression as a qualified, quoted name. */
    static String collationName(String oidExpr) {
        return "(SELECT pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)"
                + " FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace"
                + " WHERE co.oid = " + oidExpr + ")";
    }

    private static final String TYPES = """
            SELECT t.oid::bigint AS oid, n.nspname, t.typname, pg_catalog.pg_get_userbyid(t.typowner) AS owner,
                   t.typtype, t.typarray::bigint AS typarray, t.typrelid::bigint AS typrelid,
                   pg_catalog.obj_description(t.oid, 'pg_type') AS comment, t.typacl::text AS acl,
                   CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END AS basetype,
                   CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN %s END AS domcoll,
                   pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS default_expr, t.typnotnull
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
            WHERE (t.typtype IN ('e', 'd', 'r')
                   OR (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_catalog.pg_class c
                                                    WHERE c.oid = t.typrelid AND c.relkind = 'c')))
              AND %s
            ORDER BY n.nspname, t.typname
            """;

    private static final String ENUM_LABELS = """
            SELECT e.enumtypid::bigint AS typid, e.enumlabel
            FROM pg_catalog.pg_enum e
            ORDER BY e.enumtypid, e.enumsortorder
            """;

    // contype 'n' exists for domains from 17 on: NOT NULL became a named constraint there
    private static final String DOMAIN_CONSTRAINTS = """
            SELECT co.contypid::bigint AS typid, co.oid::bigint AS oid, co.conname,
                   pg_catalog.pg_get_constraintdef(co.oid) AS def, co.convalidated,
                   pg_catalog.obj_description(co.oid, 'pg_constraint') AS comment
            FROM pg_catalog.pg_constraint co
            WHERE co.contypid <> 0 AND co.contype IN ('c', 'n')
            ORDER BY co.contypid, co.conname
            """;

    private static final String ATTRIBUTES = """
            SELECT a.attrelid::bigint AS relid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod) AS type,
                   CASE WHEN a.attcollation <> at.typcollation AND a.attcollation <> 0 THEN %s END AS collation,
                   pg_catalog.col_description(a.attrelid, a.attnum) AS comment
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid AND c.relkind = 'c'
            JOIN pg_catalog.pg_type at ON at.oid = a.atttypid
            WHERE a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attrelid, a.attnum
            """;

    private static final String RANGES = """
            SELECT r.rngtypid::bigint AS typid, pg_catalog.format_type(r.rngsubtype, NULL) AS subtype,
                   CASE WHEN NOT opc.opcdefault THEN pg_catalog.quote_ident(opn.nspname) || '.'
                        || pg_catalog.quote_ident(opc.opcname) END AS opclass,
                   CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN %s END AS collation,
                   CASE WHEN r.rngcanonical <> 0 THEN r.rngcanonical::pg_catalog.regproc::text END AS canonical,
                   r.rngcanonical::bigint AS canonical_oid,
                   CASE WHEN r.rngsubdiff <> 0 THEN r.rngsubdiff::pg_catalog.regproc::text END AS subdiff,
                   %s AS multirange, %s AS multirange_oid, %s AS multirange_array
            FROM pg_catalog.pg_range r
            JOIN pg_catalog.pg_type st ON st.oid = r.rngsubtype
            JOIN pg_catalog.pg_opclass opc ON opc.oid = r.rngsubopc
            JOIN pg_catalog.pg_namespace opn ON opn.oid = opc.opcnamespace
            """;

    private TypeReader() {
    }

    public static List<UserType> read(ReadContext ctx) throws SQLException {
        Map<Long, List<String>> labels = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "enum labels", ENUM_LABELS, rs -> {
            labels.computeIfAbsent(rs.getLong("typid"), k -> new ArrayList<>()).add(rs.getString("enumlabel"));
            return null;
        });
        Map<Long, List<UserType.DomainConstraint>> constraints = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "domain constraints", DOMAIN_CONSTRAINTS, rs -> {
            constraints.computeIfAbsent(rs.getLong("typid"), k -> new ArrayList<>()).add(
                    new UserType.DomainConstraint(rs.getLong("oid"), rs.getString("conname"), rs.getString("def"),
                            rs.getBoolean("convalidated"), rs.getString("comment")));
            return null;
        });
        Map<Long, List<UserType.Attribute>> attributes = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "composite type attributes", ATTRIBUTES.formatted(collationName("a.attcollation")),
                rs -> {
                    attributes.computeIfAbsent(rs.getLong("relid"), k -> new ArrayList<>()).add(
                            new UserType.Attribute(rs.getString("attname"), rs.getString("type"),
                                    rs.getString("collation"), rs.getString("comment")));
                    return null;
                });
        Map<Long, RangeRow> ranges = readRanges(ctx);
        String sql = TYPES.formatted(collationName("t.typcollation"), ExtensionMembers.notMember("pg_type", "t.oid"));
        return CatalogQuery.list(ctx.conn(), "types", sql, rs -> {
            String schema = rs.getString("nspname");
            if (!ctx.selection().includesSchema(schema)) {
                return null;
            }
            long oid = rs.getLong("oid");
            TypeHeader h = new TypeHeader(oid, schema, rs.getString("typname"), rs.getString("owner"),
                    rs.getLong("typarray"), rs.getString("comment"), rs.getString("acl"));
            char typtype = rs.getString("typtype").charAt(0);
            return switch (typtype) {
                case 'e' -> new UserType.Enum(h, labels.getOrDefault(oid, List.of()));
                case 'd' -> new UserType.Domain(h, rs.getString("basetype"), rs.getString("domcoll"),
                        rs.getString("default_expr"), rs.getBoolean("typnotnull"),
                        constraints.getOrDefault(oid, List.of()));
                case 'c' -> new UserType.Composite(h, rs.getLong("typrelid"),
                        attributes.getOrDefault(rs.getLong("typrelid"), List.of()));
                case 'r' -> ranges.get(oid).toType(h);
                default -> throw new IllegalStateException("type " + schema + "." + h.name() + " has kind " + typtype);
            };
        });
    }

    private record RangeRow(String subtype, String opclass, String collation, String canonical, long canonicalOid,
                            String subdiff, String multirange, long multirangeOid, long multirangeArray) {
        UserType.Range toType(TypeHeader h) {
            return new UserType.Range(h, subtype, opclass, collation, canonical, canonicalOid, subdiff, multirange,
                    multirangeOid, multirangeArray);
        }
    }

    private static Map<Long, RangeRow> readRanges(ReadContext ctx) throws SQLException {
        // multirange types exist from 14 on
        boolean multi = ctx.version().atLeast(140000);
        String sql = RANGES.formatted(collationName("r.rngcollation"),
                multi ? "(SELECT pg_catalog.quote_ident(mn.nspname) || '.' || pg_catalog.quote_ident(mt.typname)"
                        + " FROM pg_catalog.pg_type mt JOIN pg_catalog.pg_namespace mn ON mn.oid = mt.typnamespace"
                        + " WHERE mt.oid = r.rngmultitypid)" : "NULL::text",
                multi ? "r.rngmultitypid::bigint" : "0::bigint",
                multi ? "(SELECT mt.typarray::bigint FROM pg_catalog.pg_type mt WHERE mt.oid = r.rngmultitypid)"
                        : "0::bigint");
        Map<Long, RangeRow> out = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "range types", sql, rs -> {
            out.put(rs.getLong("typid"), new RangeRow(rs.getString("subtype"), rs.getString("opclass"),
                    rs.getString("collation"), rs.getString("canonical"), rs.getLong("canonical_oid"),
                    rs.getString("subdiff"), rs.getString("multirange"), rs.getLong("multirange_oid"),
                    rs.getLong("multirange_array")));
            return null;
        });
        return out;
    }
}
