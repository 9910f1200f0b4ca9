package io.pgjdump.catalog.statistics;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Reads the extended statistics objects defined on the dumped tables. One that lives in another
 * schema than its table goes only with that schema (else its CREATE would name a schema the
 * restore may not have).
 */
public final class StatisticsReader {

    private static final String SQL = """
            SELECT s.oid::bigint AS oid, n.nspname, s.stxname, pg_catalog.pg_get_userbyid(s.stxowner) AS owner,
                   s.stxrelid::bigint AS relid, pg_catalog.pg_get_statisticsobjdef(s.oid) AS def,
                   %s AS target, pg_catalog.obj_description(s.oid, 'pg_statistic_ext') AS comment,
                   s.stxnamespace = c.relnamespace AS with_table
            FROM pg_catalog.pg_statistic_ext s
            JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
            JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
            ORDER BY n.nspname, s.stxname
            """;

    private StatisticsReader() {
    }

    public static List<StatisticsObject> read(ReadContext ctx, Set<Long> tableOids) throws SQLException {
        // 17 made stxstattarget nullable (null = default); before it -1 meant the default
        String target = ctx.version().atLeast(170000) ? "coalesce(s.stxstattarget::int, -1)" : "s.stxstattarget::int";
        return CatalogQuery.list(ctx.conn(), "statistics objects", SQL.formatted(target), rs -> {
            long relid = rs.getLong("relid");
            String schema = rs.getString("nspname");
            if (!tableOids.contains(relid)
                    || !(rs.getBoolean("with_table") || ctx.selection().includesSchema(schema))) {
                return null;
            }
            return new StatisticsObject(rs.getLong("oid"), schema, rs.getString("stxname"),
                    rs.getString("owner"), relid, rs.getString("def"), rs.getInt("target"), rs.getString("comment"));
        });
    }
}
