package io.pgjdump.catalog.publication;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads publications and their members. A publication belongs to no schema, so like pg_dump it
 * is dumped only with the whole database; its table members only for dumped tables, its schema
 * members only for dumped schemas.
 */
public final class PublicationReader {

    private static final String PUBLICATIONS = """
            SELECT p.oid::bigint AS oid, p.pubname, pg_catalog.pg_get_userbyid(p.pubowner) AS owner,
                   p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete, p.pubtruncate, p.pubviaroot,
                   pg_catalog.obj_description(p.oid, 'pg_publication') AS comment
            FROM pg_catalog.pg_publication p
            ORDER BY p.pubname
            """;

    private static final String TABLES = """
            SELECT pr.oid::bigint AS oid, pr.prpubid::bigint AS pubid, pr.prrelid::bigint AS relid,
                   n.nspname, c.relname, %s AS columns, %s AS rowfilter
            FROM pg_catalog.pg_publication_rel pr
            JOIN pg_catalog.pg_class c ON c.oid = pr.prrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            ORDER BY n.nspname, c.relname
            """;

    private static final String SCHEMAS = """
            SELECT pn.oid::bigint AS oid, pn.pnpubid::bigint AS pubid, pn.pnnspid::bigint AS nspid, n.nspname
            FROM pg_catalog.pg_publication_namespace pn
            JOIN pg_catalog.pg_namespace n ON n.oid = pn.pnnspid
            ORDER BY n.nspname
            """;

    private PublicationReader() {
    }

    public static List<Publication> read(ReadContext ctx, Set<Long> tableOids) throws SQLException {
        if (!ctx.selection().includesDatabaseObjects()) {
            return List.of();
        }
        // 15 added column lists, row filters and TABLES IN SCHEMA; before it a member is a whole table
        boolean v15 = ctx.version().atLeast(150000);
        String columns = v15 ? """
                ARRAY(SELECT a.attname FROM pg_catalog.unnest(pr.prattrs::pg_catalog.int2[]) AS k(attnum)
                        JOIN pg_catalog.pg_attribute a ON a.attrelid = pr.prrelid AND a.attnum = k.attnum
                       ORDER BY k.attnum)""" : "ARRAY[]::text[]";
        String rowFilter = v15 ? "pg_catalog.pg_get_expr(pr.prqual, pr.prrelid)" : "NULL::text";

        Map<Long, List<Publication.Member>> members = new HashMap<>();
        CatalogQuery.list(ctx.conn(), "publication tables", TABLES.formatted(columns, rowFilter), rs -> {
            long relid = rs.getLong("relid");
            if (tableOids.contains(relid)) {
                members.computeIfAbsent(rs.getLong("pubid"), k -> new ArrayList<>()).add(new Publication.Member(
                        rs.getLong("oid"), relid, rs.getString("nspname"), rs.getString("relname"),
                        CatalogQuery.textArray(rs, "columns"), rs.getString("rowfilter")));
            }
            return null;
        });
        Map<Long, List<Publication.SchemaMember>> schemas = new HashMap<>();
        if (v15) {
            CatalogQuery.list(ctx.conn(), "publication schemas", SCHEMAS, rs -> {
                String schema = rs.getString("nspname");
                if (ctx.selection().includesSchema(schema)) {
                    schemas.computeIfAbsent(rs.getLong("pubid"), k -> new ArrayList<>()).add(
                            new Publication.SchemaMember(rs.getLong("oid"), rs.getLong("nspid"), schema));
                }
                return null;
            });
        }
        return CatalogQuery.list(ctx.conn(), "publications", PUBLICATIONS, rs -> {
            long oid = rs.getLong("oid");
            List<String> publish = new ArrayList<>();
            for (String op : List.of("insert", "update", "delete", "truncate")) {
                if (rs.getBoolean("pub" + op)) {
                    publish.add(op);
                }
            }
            return new Publication(oid, rs.getString("pubname"), rs.getString("owner"),
                    rs.getBoolean("puballtables"), publish, rs.getBoolean("pubviaroot"), rs.getString("comment"),
                    members.getOrDefault(oid, List.of()), schemas.getOrDefault(oid, List.of()));
        });
    }
}
