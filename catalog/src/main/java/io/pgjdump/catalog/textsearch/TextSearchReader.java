package io.pgjdump.catalog.textsearch;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads text search dictionaries and configurations in the selected schemas (not those of
 * extensions). Parsers and templates need C functions and are reported as not dumped.
 */
public final class TextSearchReader {

    private static final String DICTIONARIES = """
            SELECT d.oid::bigint AS oid, n.nspname, d.dictname, pg_catalog.pg_get_userbyid(d.dictowner) AS owner,
                   pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.tmplname) AS template,
                   d.dictinitoption, pg_catalog.obj_description(d.oid, 'pg_ts_dict') AS comment
            FROM pg_catalog.pg_ts_dict d
            JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
            JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate
            JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                               WHERE e.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass
                                 AND e.objid = d.oid AND e.deptype = 'e')
            ORDER BY n.nspname, d.dictname
            """;

    private static final String CONFIGURATIONS = """
            SELECT c.oid::bigint AS oid, n.nspname, c.cfgname, pg_catalog.pg_get_userbyid(c.cfgowner) AS owner,
                   pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.prsname) AS parser,
                   pg_catalog.obj_description(c.oid, 'pg_ts_config') AS comment
            FROM pg_catalog.pg_ts_config c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.cfgnamespace
            JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
            JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                               WHERE e.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass
                                 AND e.objid = c.oid AND e.deptype = 'e')
            ORDER BY n.nspname, c.cfgname
            """;

    // the parser names its token types; the catalog stores only their numbers
    private static final String MAPPINGS = """
            SELECT m.mapcfg::bigint AS cfg, t.alias, m.mapdict::pg_catalog.regdictionary::text AS dict
            FROM pg_catalog.pg_ts_config_map m
            JOIN pg_catalog.pg_ts_config c ON c.oid = m.mapcfg
            CROSS JOIN LATERAL pg_catalog.ts_token_type(c.cfgparser) t
            WHERE t.tokid = m.maptokentype
            ORDER BY m.mapcfg, m.maptokentype, m.mapseqno
            """;

    /** What the reader found. */
    public record Result(List<TextSearchDictionary> dictionaries, List<TextSearchConfiguration> configurations) {

        public Result {
            dictionaries = List.copyOf(dictionaries);
            configurations = List.copyOf(configurations);
        }
    }

    private TextSearchReader() {
    }

    public static Result read(ReadContext ctx) throws SQLException {
        List<TextSearchDictionary> dictionaries = CatalogQuery.list(ctx.conn(), "text search dictionaries",
                DICTIONARIES, rs -> {
                    String schema = rs.getString("nspname");
                    return !ctx.selection().includesSchema(schema) ? null : new TextSearchDictionary(
                            rs.getLong("oid"), schema, rs.getString("dictname"), rs.getString("owner"),
                            rs.getString("template"), rs.getString("dictinitoption"), rs.getString("comment"));
                });
        Map<Long, List<TextSearchConfiguration.Mapping>> mappings = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "text search configuration mappings", MAPPINGS, rs -> {
            List<TextSearchConfiguration.Mapping> list = mappings.computeIfAbsent(rs.getLong("cfg"),
                    k -> new ArrayList<>());
            String alias = rs.getString("alias");
            String dict = rs.getString("dict");
            TextSearchConfiguration.Mapping last = list.isEmpty() ? null : list.get(list.size() - 1);
            if (last != null && last.tokenType().equals(alias)) {
                List<String> dicts = new ArrayList<>(last.dictionaries());
                dicts.add(dict);
                list.set(list.size() - 1, new TextSearchConfiguration.Mapping(alias, dicts));
            } else {
                list.add(new TextSearchConfiguration.Mapping(alias, List.of(dict)));
            }
            return null;
        });
        List<TextSearchConfiguration> configurations = CatalogQuery.list(ctx.conn(),
                "text search configurations", CONFIGURATIONS, rs -> {
                    String schema = rs.getString("nspname");
                    long oid = rs.getLong("oid");
                    return !ctx.selection().includesSchema(schema) ? null : new TextSearchConfiguration(oid,
                            schema, rs.getString("cfgname"), rs.getString("owner"), rs.getString("parser"),
                            mappings.getOrDefault(oid, List.of()), rs.getString("comment"));
                });
        return new Result(dictionaries, configurations);
    }
}
