package io.pgjdump.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A database described as sorted lines of text, object by object, so that two databases can be
 * compared with one assertEquals and a readable diff. Oids never appear; every definition comes
 * from the server's own deparsers. Covers user schemas only.
 */
public final class CatalogSnapshot {

    private static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema') "
            + "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

    /*
     * Extension members show "(extension member)" instead of owner and ACL: CREATE EXTENSION makes
     * the restoring role their owner, which no dump (pg_dump's neither) can change.
     */

    /** Each query returns one text column; its rows become lines under the query's label. */
    private static final Map<String, String> QUERIES = new TreeMap<>(Map.ofEntries(
            Map.entry("schemas", """
                    SELECT n.nspname || ' owner=' || pg_get_userbyid(n.nspowner) || ' acl=' || coalesce(n.nspacl::text, '-')
                           || ' comment=' || coalesce(obj_description(n.oid, 'pg_namespace'), '-')
                    FROM pg_namespace n WHERE %s"""),
            Map.entry("relations", """
                    SELECT n.nspname || '.' || c.relname || ' kind=' || c.relkind::text || ' persistence=' || c.relpersistence::text
                           || ' owner=' || CASE WHEN EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_class'::regclass AND x.objid = c.oid AND x.deptype = 'e') THEN '(extension member)' ELSE pg_get_userbyid(c.relowner) || ' acl=' || coalesce(c.relacl::text, '-') END
                           || ' options=' || coalesce(c.reloptions::text, '-') || ' replident=' || c.relreplident::text
                           || ' rls=' || c.relrowsecurity || '/' || c.relforcerowsecurity
                           || ' partkey=' || coalesce(pg_get_partkeydef(c.oid), '-')
                           || ' bound=' || coalesce(pg_get_expr(c.relpartbound, c.oid), '-')
                           || ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '-')
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE %s AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')"""),
            Map.entry("columns", """
                    SELECT n.nspname || '.' || c.relname || '.' || a.attname || ' #' || a.attnum
                           || ' ' || format_type(a.atttypid, a.atttypmod) || ' notnull=' || a.attnotnull
                           || ' default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '-')
                           || ' identity=' || a.attidentity::text || ' generated=' || a.attgenerated::text
                           || ' collation=' || coalesce((SELECT collname FROM pg_collation WHERE oid = a.attcollation), '-')
                           || ' storage=' || a.attstorage::text || ' acl=' || coalesce(a.attacl::text, '-')
                           || ' local=' || a.attislocal || ' inhcount=' || a.attinhcount
                           || ' comment=' || coalesce(col_description(c.oid, a.attnum), '-')
                    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                    WHERE %s AND a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')"""),
            Map.entry("constraints", """
                    SELECT n.nspname || '.' || c.relname || ' ' || co.conname || ' ' || co.contype::text || ' '
                           || pg_get_constraintdef(co.oid) || ' local=' || co.conislocal || ' inh=' || co.coninhcount
                           || ' validated=' || co.convalidated
                           || ' comment=' || coalesce(obj_description(co.oid, 'pg_constraint'), '-')
                    FROM pg_constraint co JOIN pg_class c ON c.oid = co.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE %s"""),
            Map.entry("indexes", """
                    SELECT pg_get_indexdef(i.indexrelid) || ' clustered=' || i.indisclustered
                           || ' replident=' || i.indisreplident || ' valid=' || i.indisvalid
                           || ' comment=' || coalesce(obj_description(i.indexrelid, 'pg_class'), '-')
                    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE %s"""),
            Map.entry("sequences", """
                    SELECT n.nspname || '.' || c.relname || ' ' || format_type(s.seqtypid, NULL) || ' start=' || s.seqstart
                           || ' inc=' || s.seqincrement || ' min=' || s.seqmin || ' max=' || s.seqmax
                           || ' cache=' || s.seqcache || ' cycle=' || s.seqcycle
                           || ' owned=' || coalesce((SELECT d.deptype::text || ':' || t.relname || '.' || a.attname
                                FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                                JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                                WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass
                                  AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')), '-')
                    FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE %s"""),
            Map.entry("inherits", """
                    SELECT n.nspname || '.' || c.relname || ' inherits ' || p.relname || ' #' || i.inhseqno
                    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
                    JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE %s"""),
            Map.entry("types", """
                    SELECT n.nspname || '.' || t.typname || ' kind=' || t.typtype::text
                           || ' owner=' || CASE WHEN EXISTS (SELECT 1 FROM pg_depend x WHERE x.deptype = 'e' AND x.objid IN (t.oid, t.typrelid, t.typelem,
                                (SELECT e.typrelid FROM pg_type e WHERE e.oid = t.typelem))) THEN '(extension member)' ELSE pg_get_userbyid(t.typowner) || ' acl=' || coalesce(t.typacl::text, '-') END
                           || ' base=' || coalesce(format_type(nullif(t.typbasetype, 0), t.typtypmod), '-')
                           || ' notnull=' || t.typnotnull || ' default=' || coalesce(pg_get_expr(t.typdefaultbin, 0), '-')
                           || ' collation=' || coalesce((SELECT collname FROM pg_collation WHERE oid = t.typcollation), '-')
                           || ' labels=' || coalesce((SELECT string_agg(quote_literal(e.enumlabel), ',' ORDER BY e.enumsortorder)
                                FROM pg_enum e WHERE e.enumtypid = t.oid), '-')
                           || ' comment=' || coalesce(obj_description(t.oid, 'pg_type'), '-')
                    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                    WHERE %s"""),
            Map.entry("domain constraints", """
                    SELECT n.nspname || '.' || t.typname || ' ' || co.conname || ' ' || pg_get_constraintdef(co.oid)
                           || ' validated=' || co.convalidated
                           || ' comment=' || coalesce(obj_description(co.oid, 'pg_constraint'), '-')
                    FROM pg_constraint co JOIN pg_type t ON t.oid = co.contypid JOIN pg_namespace n ON n.oid = t.typnamespace
                    WHERE %s"""),
            Map.entry("ranges", """
                    SELECT r.rngtypid::regtype::text || ' subtype=' || r.rngsubtype::regtype::text
                           || ' collation=' || coalesce((SELECT collname FROM pg_collation WHERE oid = r.rngcollation), '-')
                           || ' opclass=' || (SELECT opcname FROM pg_opclass WHERE oid = r.rngsubopc)
                           || ' canonical=' || r.rngcanonical::text || ' diff=' || r.rngsubdiff::text
                           || ' multirange=' || coalesce((to_jsonb(r) ->> 'rngmultitypid')::oid::regtype::text, '-')
                    FROM pg_range r JOIN pg_type t ON t.oid = r.rngtypid JOIN pg_namespace n ON n.oid = t.typnamespace
                    WHERE %s"""),
            Map.entry("functions", """
                    SELECT pg_get_functiondef(p.oid) || ' owner=' || CASE WHEN EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype = 'e')
                                THEN '(extension member)' ELSE pg_get_userbyid(p.proowner)
                                || ' acl=' || coalesce(p.proacl::text, '-') END
                           || ' comment=' || coalesce(obj_description(p.oid, 'pg_proc'), '-')
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE %s AND p.prokind <> 'a'"""),
            Map.entry("aggregates", """
                    SELECT p.oid::regprocedure::text || ' ' || (to_jsonb(a) - 'aggfnoid' - 'aggsortop' - 'aggtranstype'
                           - 'aggmtranstype')::text || ' sortop=' || a.aggsortop::regoperator::text
                           || ' stype=' || a.aggtranstype::regtype::text || ' mstype=' || a.aggmtranstype::regtype::text
                           || ' parallel=' || p.proparallel::text || ' owner=' || CASE WHEN EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid AND x.deptype = 'e')
                                THEN '(extension member)' ELSE pg_get_userbyid(p.proowner)
                                || ' acl=' || coalesce(p.proacl::text, '-') END
                           || ' comment=' || coalesce(obj_description(p.oid, 'pg_proc'), '-')
                    FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE %s"""),
            Map.entry("views", """
                    SELECT n.nspname || '.' || c.relname || ' ' || pg_get_viewdef(c.oid)
                           || ' populated=' || c.relispopulated
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE %s AND c.relkind IN ('v', 'm')"""),
            Map.entry("rules", """
                    SELECT n.nspname || '.' || c.relname || ' ' || r.rulename || ' ' || pg_get_ruledef(r.oid)
                           || ' enabled=' || r.ev_enabled::text
                           || ' comment=' || coalesce(obj_description(r.oid, 'pg_rewrite'), '-')
                    FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE %s"""),
            Map.entry("extensions", """
                    SELECT e.extname || ' schema=' || n.nspname || ' version=' || e.extversion
                           || ' comment=' || coalesce(obj_description(e.oid, 'pg_extension'), '-')
                    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                    WHERE %s OR n.nspname = 'pg_catalog'"""),
            Map.entry("collations", """
                    SELECT n.nspname || '.' || c.collname || ' ' || (to_jsonb(c) - 'oid' - 'collname' - 'collnamespace'
                           - 'collowner' - 'collversion')::text || ' owner=' || pg_get_userbyid(c.collowner)
                           || ' comment=' || coalesce(obj_description(c.oid, 'pg_collation'), '-')
                    FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
                    WHERE %s""")));

    /**
     * Post-data and database-wide kinds: triggers, policies, statistics, publications, event
     * triggers, default ACLs, foreign-data wrappers, servers, user mappings, foreign tables, casts,
     * text search dictionaries and configurations.
     */
    private static final Map<String, String> MORE_QUERIES = Map.ofEntries(
            Map.entry("triggers", """
                    SELECT n.nspname || '.' || c.relname || ' ' || pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text
                           || ' comment=' || coalesce(obj_description(t.oid, 'pg_trigger'), '-')
                    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE %s AND (NOT t.tgisinternal OR (t.tgparentid <> 0 AND (t.tgconstraint = 0
                          OR EXISTS (SELECT 1 FROM pg_constraint co WHERE co.oid = t.tgconstraint AND co.contype = 't'))))"""),
            Map.entry("policies", """
                    SELECT n.nspname || '.' || c.relname || ' ' || p.polname || ' cmd=' || p.polcmd::text
                           || ' permissive=' || p.polpermissive
                           || ' roles=' || array(SELECT CASE WHEN r = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(r)::text END
                                                   FROM unnest(p.polroles) r)::text
                           || ' using=' || coalesce(pg_get_expr(p.polqual, p.polrelid), '-')
                           || ' check=' || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '-')
                           || ' comment=' || coalesce(obj_description(p.oid, 'pg_policy'), '-')
                    FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE %s"""),
            Map.entry("statistics", """
                    SELECT pg_get_statisticsobjdef(s.oid) || ' target=' || coalesce(s.stxstattarget::text, '-')
                           || ' owner=' || pg_get_userbyid(s.stxowner)
                           || ' comment=' || coalesce(obj_description(s.oid, 'pg_statistic_ext'), '-')
                    FROM pg_statistic_ext s JOIN pg_namespace n ON n.oid = s.stxnamespace
                    WHERE %s"""),
            Map.entry("publications", """
                    SELECT p.pubname || ' owner=' || pg_get_userbyid(p.pubowner) || ' all=' || p.puballtables
                           || ' ops=' || p.pubinsert || '/' || p.pubupdate || '/' || p.pubdelete || '/' || p.pubtruncate
                           || ' viaroot=' || p.pubviaroot
                           || ' comment=' || coalesce(obj_description(p.oid, 'pg_publication'), '-')
                    FROM pg_publication p"""),
            Map.entry("publication tables", """
                    SELECT p.pubname || ' ' || n.nspname || '.' || c.relname
                    FROM pg_publication_rel pr JOIN pg_publication p ON p.oid = pr.prpubid
                    JOIN pg_class c ON c.oid = pr.prrelid JOIN pg_namespace n ON n.oid = c.relnamespace"""),
            Map.entry("event triggers", """
                    SELECT e.evtname || ' on=' || e.evtevent || ' tags=' || coalesce(e.evttags::text, '-')
                           || ' function=' || e.evtfoid::regprocedure::text || ' enabled=' || e.evtenabled::text
                           || ' owner=' || pg_get_userbyid(e.evtowner)
                           || ' comment=' || coalesce(obj_description(e.oid, 'pg_event_trigger'), '-')
                    FROM pg_event_trigger e"""),
            Map.entry("foreign-data wrappers", """
                    SELECT w.fdwname || ' owner=' || pg_get_userbyid(w.fdwowner) || ' handler=' || w.fdwhandler::regproc::text
                           || ' validator=' || w.fdwvalidator::regproc::text || ' options=' || coalesce(w.fdwoptions::text, '-')
                           || ' acl=' || coalesce(w.fdwacl::text, '-')
                           || ' comment=' || coalesce(obj_description(w.oid, 'pg_foreign_data_wrapper'), '-')
                    FROM pg_foreign_data_wrapper w"""),
            Map.entry("foreign servers", """
                    SELECT s.srvname || ' wrapper=' || w.fdwname || ' owner=' || pg_get_userbyid(s.srvowner)
                           || ' type=' || coalesce(s.srvtype, '-') || ' version=' || coalesce(s.srvversion, '-')
                           || ' options=' || coalesce(s.srvoptions::text, '-') || ' acl=' || coalesce(s.srvacl::text, '-')
                           || ' comment=' || coalesce(obj_description(s.oid, 'pg_foreign_server'), '-')
                    FROM pg_foreign_server s JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw"""),
            Map.entry("user mappings", """
                    SELECT m.srvname || ' for=' || m.usename || ' options=' || coalesce(m.umoptions::text, '-')
                    FROM pg_user_mappings m"""),
            Map.entry("foreign tables", """
                    SELECT n.nspname || '.' || c.relname || ' server=' || s.srvname
                           || ' options=' || coalesce(ft.ftoptions::text, '-')
                           || ' columns=' || coalesce((SELECT string_agg(a.attname || ':' || coalesce(a.attfdwoptions::text, '-'),
                                                              ',' ORDER BY a.attnum)
                                                         FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
                                                          AND NOT a.attisdropped), '-')
                    FROM pg_foreign_table ft JOIN pg_class c ON c.oid = ft.ftrelid
                    JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_foreign_server s ON s.oid = ft.ftserver
                    WHERE %s"""),
            Map.entry("casts", """
                    SELECT format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL)
                           || ' function=' || c.castfunc::regprocedure::text || ' method=' || c.castmethod::text
                           || ' context=' || c.castcontext::text
                           || ' comment=' || coalesce(obj_description(c.oid, 'pg_cast'), '-')
                    FROM pg_cast c WHERE c.oid >= 16384"""),
            Map.entry("text search dictionaries", """
                    SELECT n.nspname || '.' || d.dictname || ' template=' || t.tmplname
                           || ' options=' || coalesce(d.dictinitoption, '-') || ' owner=' || pg_get_userbyid(d.dictowner)
                           || ' comment=' || coalesce(obj_description(d.oid, 'pg_ts_dict'), '-')
                    FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
                    JOIN pg_ts_template t ON t.oid = d.dicttemplate
                    WHERE %s"""),
            Map.entry("text search configurations", """
                    SELECT n.nspname || '.' || c.cfgname || ' parser=' || p.prsname || ' owner=' || pg_get_userbyid(c.cfgowner)
                           || ' map=' || coalesce((SELECT string_agg(m.maptokentype || ':' || m.mapdict::regdictionary::text,
                                                                     ',' ORDER BY m.maptokentype, m.mapseqno)
                                                     FROM pg_ts_config_map m WHERE m.mapcfg = c.oid), '-')
                           || ' comment=' || coalesce(obj_description(c.oid, 'pg_ts_config'), '-')
                    FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
                    JOIN pg_ts_parser p ON p.oid = c.cfgparser
                    WHERE %s"""),
            Map.entry("default privileges", """
                    SELECT pg_get_userbyid(d.defaclrole) || ' schema=' || coalesce(n.nspname, '-')
                           || ' type=' || d.defaclobjtype::text || ' acl=' || d.defaclacl::text
                    FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace"""));

    /** Queries that replace or add to the above from PostgreSQL 15 on (row filters, column lists, TABLES IN SCHEMA). */
    private static final Map<String, String> QUERIES_15 = Map.ofEntries(
            Map.entry("publication tables", """
                    SELECT p.pubname || ' ' || n.nspname || '.' || c.relname || ' columns=' || coalesce(pr.prattrs::text, '-')
                           || ' where=' || coalesce(pg_get_expr(pr.prqual, pr.prrelid), '-')
                    FROM pg_publication_rel pr JOIN pg_publication p ON p.oid = pr.prpubid
                    JOIN pg_class c ON c.oid = pr.prrelid JOIN pg_namespace n ON n.oid = c.relnamespace"""),
            Map.entry("publication schemas", """
                    SELECT p.pubname || ' ' || n.nspname
                    FROM pg_publication_namespace pn JOIN pg_publication p ON p.oid = pn.pnpubid
                    JOIN pg_namespace n ON n.oid = pn.pnnspid"""));

    private CatalogSnapshot() {
    }

    /** The catalog of one database as sorted text, one line per object property set. */
    public static String describe(Connection conn) throws SQLException {
        // deparsed expressions depend on the search path; a role's per-database setting must not count
        try (Statement st = conn.createStatement()) {
            st.execute("SET search_path = pg_catalog");
        }
        StringBuilder out = new StringBuilder();
        Map<String, String> queries = new TreeMap<>(QUERIES);
        queries.putAll(MORE_QUERIES);
        if (lines(conn, "SELECT (current_setting('server_version_num')::int >= 150000)::text").get(0).equals("true")) {
            queries.putAll(QUERIES_15);
        }
        for (Map.Entry<String, String> q : queries.entrySet()) {
            List<String> lines = lines(conn, q.getValue().formatted(USER_SCHEMA));
            out.append("== ").append(q.getKey()).append('\n');
            lines.forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    /**
     * Every row of every table and materialized view, as per-table count and digest of the sorted
     * row texts (sorted so that physical order does not matter, duplicates kept).
     */
    public static String rows(Connection conn) throws SQLException {
        List<String> tables = lines(conn, """
                SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE %s AND c.relkind IN ('r', 'm') AND c.relpersistence <> 't'
                  AND (c.relkind <> 'm' OR c.relispopulated)""".formatted(USER_SCHEMA));
        StringBuilder out = new StringBuilder();
        try (Statement st = conn.createStatement()) {
            for (String t : tables) {
                String sql = "SELECT count(*), md5(coalesce(string_agg(x, E'\\n' ORDER BY x COLLATE \"C\"), '')) "
                        + "FROM (SELECT r::text AS x FROM " + t + " r) s";
                try (ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    out.append(t).append(" rows=").append(rs.getLong(1)).append(" md5=").append(rs.getString(2))
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    private static List<String> lines(Connection conn, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        out.sort(null);
        return out;
    }
}
