package io.pgjdump.catalog.unsupported;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.NotDumped;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the objects in the selection that no reader covers, so that the dump reports them
 * (warnings, manifest, --strict) instead of leaving them out in silence. Objects that belong to
 * an extension are the extension's business and are not reported. When a kind gains a reader,
 * its probe goes.
 */
public final class UnsupportedReader {

    /** Which part of the selection decides whether an object would have been dumped. */
    private enum Scope { SCHEMA, RELATION, DATABASE }

    /**
     * One query per kind, returning the schema (null for database-wide objects), a name for the
     * message and, for relations, the bare relation name the -t/-T patterns are matched against.
     */
    private record Probe(String kind, Scope scope, String reason, String sql) {
    }

    private static final String NOT_EXTENSION_MEMBER = """
            NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = '%s'::pg_catalog.regclass
                         AND d.objid = x.oid AND d.deptype = 'e')""";

    private static final List<Probe> PROBES = List.of(
            new Probe("FOREIGN TABLE", Scope.RELATION,
                    "is a partition or in an inheritance tree, which pgjdump does not dump for foreign tables", """
                    SELECT n.nspname, x.relname AS name, x.relname FROM pg_catalog.pg_class x
                    JOIN pg_catalog.pg_namespace n ON n.oid = x.relnamespace
                    WHERE x.relkind = 'f' AND %s
                      AND EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i
                                   WHERE i.inhrelid = x.oid OR i.inhparent = x.oid)""".formatted(notMember("pg_class"))),
            new Probe("TABLE", Scope.RELATION,
                    "uses a table access method other than heap, which pgjdump does not reproduce", """
                    SELECT n.nspname, x.relname || ' (USING ' || am.amname || ')' AS name, x.relname FROM pg_catalog.pg_class x
                    JOIN pg_catalog.pg_namespace n ON n.oid = x.relnamespace
                    JOIN pg_catalog.pg_am am ON am.oid = x.relam
                    WHERE x.relkind IN ('r', 'm') AND am.amname <> 'heap' AND %s""".formatted(notMember("pg_class"))),
            new Probe("TYPE", Scope.SCHEMA, "base types and shell types are not dumped by pgjdump", """
                    SELECT n.nspname, x.typname AS name FROM pg_catalog.pg_type x
                    JOIN pg_catalog.pg_namespace n ON n.oid = x.typnamespace
                    WHERE (x.typtype = 'p' OR (x.typtype = 'b' AND NOT EXISTS (
                               SELECT 1 FROM pg_catalog.pg_type e WHERE e.typarray = x.oid)))
                      AND %s""".formatted(notMember("pg_type"))),
            new Probe("TABLE DATA", Scope.SCHEMA,
                    "rows of an extension's configuration table are not dumped by pgjdump (pg_dump dumps them)", """
                    SELECT en.nspname, tn.nspname || '.' || c.relname || ' (extension ' || e.extname || ')' AS name
                    FROM pg_catalog.pg_extension e
                    JOIN pg_catalog.pg_namespace en ON en.oid = e.extnamespace
                    JOIN pg_catalog.pg_class c ON c.oid = ANY (e.extconfig) AND c.relkind = 'r'
                    JOIN pg_catalog.pg_namespace tn ON tn.oid = c.relnamespace"""),
            new Probe("OPERATOR", Scope.SCHEMA, "operators are not dumped by pgjdump", """
                    SELECT n.nspname, x.oprname || '(' || pg_catalog.format_type(x.oprleft, NULL) || ', '
                           || pg_catalog.format_type(x.oprright, NULL) || ')' AS name
                    FROM pg_catalog.pg_operator x JOIN pg_catalog.pg_namespace n ON n.oid = x.oprnamespace
                    WHERE %s""".formatted(notMember("pg_operator"))),
            new Probe("OPERATOR CLASS", Scope.SCHEMA, "operator classes are not dumped by pgjdump", """
                    SELECT n.nspname, x.opcname || ' USING ' || am.amname AS name FROM pg_catalog.pg_opclass x
                    JOIN pg_catalog.pg_namespace n ON n.oid = x.opcnamespace
                    JOIN pg_catalog.pg_am am ON am.oid = x.opcmethod
                    WHERE %s""".formatted(notMember("pg_opclass"))),
            new Probe("OPERATOR FAMILY", Scope.SCHEMA, "operator families are not dumped by pgjdump", """
                    SELECT n.nspname, x.opfname || ' USING ' || am.amname AS name FROM pg_catalog.pg_opfamily x
                    JOIN pg_catalog.pg_namespace n ON n.oid = x.opfnamespace
                    JOIN pg_catalog.pg_am am ON am.oid = x.opfmethod
                    WHERE %s""".formatted(notMember("pg_opfamily"))),
            new Probe("TEXT SEARCH PARSER", Scope.SCHEMA, "text search parsers are not dumped by pgjdump", """
                    SELECT n.nspname, x.prsname AS name FROM pg_catalog.pg_ts_parser x
                    JOIN pg_catalog.pg_namespace n ON n.oid = x.prsnamespace
                    WHERE %s""".formatted(notMember("pg_ts_parser"))),
            new Probe("TEXT SEARCH TEMPLATE", Scope.SCHEMA, "text search templates are not dumped by pgjdump", """
                    SELECT n.nspname, x.tmplname AS name FROM pg_catalog.pg_ts_template x
                    JOIN pg_catalog.pg_namespace n ON n.oid = x.tmplnamespace
                    WHERE %s""".formatted(notMember("pg_ts_template"))),
            new Probe("CONVERSION", Scope.SCHEMA, "conversions are not dumped by pgjdump", """
                    SELECT n.nspname, x.conname AS name FROM pg_catalog.pg_conversion x
                    JOIN pg_catalog.pg_namespace n ON n.oid = x.connamespace
                    WHERE %s""".formatted(notMember("pg_conversion"))),
            new Probe("TABLE", Scope.RELATION,
                    "is a typed table (OF type), which pgjdump writes as a plain table", """
                    SELECT n.nspname, x.relname || ' (OF ' || pg_catalog.format_type(x.reloftype, NULL) || ')' AS name,
                           x.relname
                    FROM pg_catalog.pg_class x JOIN pg_catalog.pg_namespace n ON n.oid = x.relnamespace
                    WHERE x.relkind IN ('r', 'p') AND x.reloftype <> 0 AND %s""".formatted(notMember("pg_class"))),
            // a relation's own tablespace; 0 is the database's default, which a restore uses anyway
            new Probe("TABLESPACE PLACEMENT", Scope.RELATION,
                    "lives in a tablespace of its own, which pgjdump does not reproduce", """
                    SELECT n.nspname, CASE WHEN x.relkind = 'i' THEN 'index ' ELSE '' END || x.relname
                           || ' (TABLESPACE ' || ts.spcname || ')' AS name,
                           CASE WHEN x.relkind = 'i' THEN t.relname ELSE x.relname END AS relname
                    FROM pg_catalog.pg_class x JOIN pg_catalog.pg_namespace n ON n.oid = x.relnamespace
                    JOIN pg_catalog.pg_tablespace ts ON ts.oid = x.reltablespace
                    LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = x.oid
                    LEFT JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
                    WHERE x.relkind IN ('r', 'p', 'm', 'i', 'I') AND x.reltablespace <> 0
                      AND %s""".formatted(notMember("pg_class"))),
            // attstattarget: -1 until 16, NULL from 17 mean "the default"; either way not >= 0. Only the
            // options ALTER COLUMN SET accepts (n_distinct, n_distinct_inherited) count: a server may
            // keep private entries of its own in attoptions
            new Probe("COLUMN", Scope.RELATION,
                    "has a per-column statistics target or options, which pgjdump does not reproduce", """
                    SELECT n.nspname, x.relname || '.' || a.attname || ' ('
                           || pg_catalog.concat_ws(', ',
                                  CASE WHEN a.attstattarget >= 0 THEN 'SET STATISTICS ' || a.attstattarget END,
                                  'SET (' || NULLIF(pg_catalog.array_to_string(o.opts, ', '), '') || ')')
                           || ')' AS name, x.relname
                    FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class x ON x.oid = a.attrelid
                    JOIN pg_catalog.pg_namespace n ON n.oid = x.relnamespace
                    CROSS JOIN LATERAL (SELECT ARRAY(SELECT opt FROM pg_catalog.unnest(a.attoptions) AS u(opt)
                                                      WHERE opt LIKE 'n\\_distinct%%') AS opts) o
                    WHERE x.relkind IN ('r', 'p', 'm') AND a.attnum > 0 AND NOT a.attisdropped
                      AND (a.attstattarget >= 0 OR pg_catalog.cardinality(o.opts) > 0)
                      AND %s""".formatted(notMember("pg_class"))),
            new Probe("LARGE OBJECT", Scope.DATABASE, "large objects are not dumped by pgjdump", """
                    SELECT NULL::text AS nspname, pg_catalog.count(*) || ' large object(s), oids '
                           || pg_catalog.min(x.oid::bigint) || ' to ' || pg_catalog.max(x.oid::bigint) AS name
                    FROM pg_catalog.pg_largeobject_metadata x
                    HAVING pg_catalog.count(*) > 0"""),
            // 16384 is FirstNormalObjectId: languages and access methods below it are built in
            new Probe("TRANSFORM", Scope.DATABASE, "transforms are not dumped by pgjdump", """
                    SELECT NULL::text AS nspname, 'FOR ' || pg_catalog.format_type(x.trftype, NULL) || ' LANGUAGE '
                           || l.lanname AS name
                    FROM pg_catalog.pg_transform x JOIN pg_catalog.pg_language l ON l.oid = x.trflang
                    WHERE %s""".formatted(notMember("pg_transform"))),
            new Probe("PROCEDURAL LANGUAGE", Scope.DATABASE, "procedural languages are not dumped by pgjdump", """
                    SELECT NULL::text AS nspname, x.lanname AS name FROM pg_catalog.pg_language x
                    WHERE x.oid >= 16384 AND %s""".formatted(notMember("pg_language"))),
            new Probe("ACCESS METHOD", Scope.DATABASE, "access methods are not dumped by pgjdump", """
                    SELECT NULL::text AS nspname, x.amname AS name FROM pg_catalog.pg_am x
                    WHERE x.oid >= 16384 AND %s""".formatted(notMember("pg_am"))),
            new Probe("SECURITY LABEL", Scope.DATABASE, "security labels are not dumped by pgjdump", """
                    SELECT NULL::text AS nspname, x.provider || ' label on '
                           || pg_catalog.pg_describe_object(x.classoid, x.objoid, x.objsubid) AS name
                    FROM pg_catalog.pg_seclabel x"""),
            new Probe("SUBSCRIPTION", Scope.DATABASE, "subscriptions are not dumped by pgjdump", """
                    SELECT NULL::text AS nspname, x.subname AS name FROM pg_catalog.pg_subscription x
                    JOIN pg_catalog.pg_database db ON db.oid = x.subdbid
                    WHERE db.datname = pg_catalog.current_database()"""));

    private UnsupportedReader() {
    }

    public static List<NotDumped> read(ReadContext ctx) throws SQLException {
        List<NotDumped> out = new ArrayList<>();
        for (Probe probe : PROBES) {
            if (probe.scope() == Scope.DATABASE && !ctx.selection().includesDatabaseObjects()) {
                continue;
            }
            out.addAll(CatalogQuery.list(ctx.conn(), probe.kind().toLowerCase() + " objects (unsupported)",
                    probe.sql(), rs -> {
                        String schema = rs.getString("nspname");
                        String name = rs.getString("name");
                        boolean selected = switch (probe.scope()) {
                            case DATABASE -> true;
                            case SCHEMA -> ctx.selection().includesSchema(schema);
                            case RELATION -> ctx.selection().includesRelation(schema, rs.getString("relname"),
                                    ctx.visible(schema));
                        };
                        return selected ? new NotDumped(probe.kind(), schema, name, probe.reason()) : null;
                    }));
        }
        return out;
    }

    private static String notMember(String catalog) {
        return NOT_EXTENSION_MEMBER.formatted("pg_catalog." + catalog);
    }
}
