package io.pgjdump.catalog.cast;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.List;

/**
 * Reads user-defined casts. A cast belongs to no schema, so like pg_dump it comes only with a dump
 * of the whole database. Left out: built-in casts (oids below 16384, FirstNormalObjectId), casts
 * of extensions, and casts a type owns (range to multirange, 14+), which CREATE TYPE makes.
 */
public final class CastReader {

    private static final String SQL = """
            SELECT c.oid::bigint AS oid, pg_catalog.format_type(c.castsource, NULL) AS source,
                   pg_catalog.format_type(c.casttarget, NULL) AS target,
                   CASE WHEN c.castfunc <> 0 THEN c.castfunc::pg_catalog.regprocedure::text END AS function,
                   c.castfunc::bigint AS foid, c.castmethod, c.castcontext,
                   pg_catalog.obj_description(c.oid, 'pg_cast') AS comment
            FROM pg_catalog.pg_cast c
            WHERE c.oid >= 16384
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                               WHERE d.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND d.objid = c.oid
                                 AND d.deptype IN ('e', 'i'))
            ORDER BY 2, 3
            """;

    private CastReader() {
    }

    public static List<Cast> read(ReadContext ctx) throws SQLException {
        if (!ctx.selection().includesDatabaseObjects()) {
            return List.of();
        }
        return CatalogQuery.list(ctx.conn(), "casts", SQL, rs -> new Cast(rs.getLong("oid"), rs.getString("source"),
                rs.getString("target"), rs.getString("function"), rs.getLong("foid"),
                rs.getString("castmethod").charAt(0), rs.getString("castcontext").charAt(0), rs.getString("comment")));
    }
}
