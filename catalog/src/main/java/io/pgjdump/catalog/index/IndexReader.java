package io.pgjdump.catalog.index;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;
import io.pgjdump.catalog.extension.ExtensionMembers;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Reads indexes of the dumped tables, leaving out those that implement a constraint. */
public final class IndexReader {

    private static final String SQL = """
            SELECT i.indexrelid::bigint AS oid, i.indrelid::bigint AS relid, n.nspname, t.relname AS tablename,
                   ic.relname AS indexname, pg_catalog.pg_get_indexdef(i.indexrelid) AS def,
                   (SELECT pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.relname)
                      FROM pg_catalog.pg_inherits inh
                      JOIN pg_catalog.pg_class p ON p.oid = inh.inhparent
                      JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                     WHERE inh.inhrelid = i.indexrelid) AS parent_index,
                   (SELECT inh.inhparent::bigint FROM pg_catalog.pg_inherits inh
                     WHERE inh.inhrelid = i.indexrelid) AS parent_index_oid,
                   i.indisreplident, i.indisclustered,
                   pg_catalog.obj_description(i.indexrelid, 'pg_class') AS comment
            FROM pg_catalog.pg_index i
            JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_catalog.pg_class t ON t.oid = i.indrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint co
                               WHERE co.conindid = i.indexrelid AND co.contype IN ('p', 'u', 'x'))
              AND %s
            ORDER BY n.nspname, t.relname, ic.relname
            """.formatted(ExtensionMembers.notMember("pg_class", "i.indexrelid"));

    private IndexReader() {
    }

    /** Indexes of the given relations (pg_class oids of tables and materialized views). */
    public static List<Index> read(ReadContext ctx, Set<Long> relationOids) throws SQLException {
        return CatalogQuery.list(ctx.conn(), "indexes", SQL, rs -> {
            long relid = rs.getLong("relid");
            if (!relationOids.contains(relid)) {
                return null;
            }
            return new Index(rs.getLong("oid"), relid, rs.getString("nspname"), rs.getString("tablename"),
                    rs.getString("indexname"), rs.getString("def"), rs.getString("parent_index"),
                    rs.getLong("parent_index_oid"), rs.getBoolean("indisreplident"), rs.getBoolean("indisclustered"),
                    rs.getString("comment"));
        });
    }
}
