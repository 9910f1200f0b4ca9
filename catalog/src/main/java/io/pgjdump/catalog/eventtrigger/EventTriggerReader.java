package io.pgjdump.catalog.eventtrigger;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.List;

/**
 * Reads event triggers. They belong to no schema, so, like pg_dump, only a dump of the whole
 * database (no -n, no -t) carries them; objects of extensions are left to the extension.
 */
public final class EventTriggerReader {

    private static final String SQL = """
            SELECT e.oid::bigint AS oid, e.evtname, pg_catalog.pg_get_userbyid(e.evtowner) AS owner, e.evtevent,
                   e.evttags, pn.nspname AS fschema, p.proname AS fname, e.evtfoid::bigint AS foid, e.evtenabled,
                   pg_catalog.obj_description(e.oid, 'pg_event_trigger') AS comment
            FROM pg_catalog.pg_event_trigger e
            JOIN pg_catalog.pg_proc p ON p.oid = e.evtfoid
            JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                               WHERE d.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass
                                 AND d.objid = e.oid AND d.deptype = 'e')
            ORDER BY e.evtname
            """;

    private EventTriggerReader() {
    }

    public static List<EventTrigger> read(ReadContext ctx) throws SQLException {
        if (!ctx.selection().includesDatabaseObjects()) {
            return List.of();
        }
        return CatalogQuery.list(ctx.conn(), "event triggers", SQL, rs -> new EventTrigger(rs.getLong("oid"),
                rs.getString("evtname"), rs.getString("owner"), rs.getString("evtevent"),
                CatalogQuery.textArray(rs, "evttags"), rs.getString("fschema"), rs.getString("fname"),
                rs.getLong("foid"), rs.getString("evtenabled").charAt(0), rs.getString("comment")));
    }
}
