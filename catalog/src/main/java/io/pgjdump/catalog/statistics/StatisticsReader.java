package io.pgjdump.catalog.statistics;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Reads the extended statistics objects defined on the dumped tables. */
public final class StatisticsReader {

    private static final String SQL = """
            SELECT s.oid::bigint AS oid, n.nspname, s.stxname, pg_catalog.pg_get_userbyid(s.stxowner) AS owner,
                   s.stxrelid::bigint AS relid, pg_catalog.pg_get_statisticsobjdef(s.oid) AS def,
                   %s AS target, pg_catalog.obj_description(s.oid, 'pg_statistic_ext') AS comment
            FROM pg_catalog.pg_statistic_ext s
            JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
            ORDER BY n.nspname, s.stxname
            """;

    private StatisticsReader() {
    }

    public static List<StatisticsObject> read(ReadContext ctx, Set<Long> tableOids) throws SQLException {
        // 17 made stxstattarget nullable (null = default); before it -1 meant the default
        String target = ctx.version().atLeast(170000) ? "coalesce(s.stxstattarget::int, -1)" : "s.stxstattarget::int";
        return CatalogQuery.list(ctx.conn(), "statistics objects", SQL.formatted(target), rs -> {
            long relid = rs.getLong("relid");
            if (!tableOids.contains(relid)) {
                return null;
            }
            return new StatisticsObject(rs.getLong("oid"), rs.getString("nspname"), rs.getString("stxname"),
                    rs.getString("owner"), relid, rs.getString("def"), rs.getInt("target"), rs.getString("comment"));
        });
    }
}
