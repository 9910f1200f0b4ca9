package io.pgjdump.catalog.trigger;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * Reads the triggers a user created on the dumped relations. Internal triggers (those behind
 * foreign keys and deferred unique constraints) come back with their constraint, so they are left
 * out. A trigger a partition inherited from its parent's trigger (tgparentid, 13+) comes back
 * when the parent's trigger is created on the attached partitions; it is read only when its
 * enabled state differs from its parent's (ALTER TABLE ... DISABLE TRIGGER on one partition) or it
 * has a comment of its own, as only those must be dumped.
 */
public final class TriggerReader {

    private static final String SQL = """
            SELECT t.oid::bigint AS oid, t.tgrelid::bigint AS relid, n.nspname, c.relname, c.relkind, t.tgname,
                   pg_catalog.pg_get_triggerdef(t.oid, false) AS def, t.tgenabled, t.tgfoid::bigint AS foid,
                   pg_catalog.obj_description(t.oid, 'pg_trigger') AS comment,
                   ARRAY(WITH RECURSIVE up(oid, parent, depth) AS (
                             SELECT p.oid, p.tgparentid, 1 FROM pg_catalog.pg_trigger p WHERE p.oid = t.tgparentid
                             UNION ALL
                             SELECT p.oid, p.tgparentid, up.depth + 1
                               FROM pg_catalog.pg_trigger p JOIN up ON p.oid = up.parent)
                         SELECT up.oid::bigint FROM up ORDER BY up.depth) AS ancestors
            FROM pg_catalog.pg_trigger t
            JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE (CASE WHEN t.tgparentid = 0 THEN NOT t.tgisinternal
                        -- 13 marks a partition's copy internal; those of keys and foreign keys are not ours
                        ELSE t.tgconstraint = 0 OR EXISTS (SELECT 1 FROM pg_catalog.pg_constraint co
                                                            WHERE co.oid = t.tgconstraint AND co.contype = 't')
                   END)
              AND (t.tgparentid = 0 OR t.tgenabled <> (SELECT p.tgenabled FROM pg_catalog.pg_trigger p
                                                       WHERE p.oid = t.tgparentid)
                   OR pg_catalog.obj_description(t.oid, 'pg_trigger') IS NOT NULL)
            ORDER BY n.nspname, c.relname, t.tgname
            """;

    private TriggerReader() {
    }

    private static List<Long> longs(java.sql.Array array) throws SQLException {
        List<Long> out = new java.util.ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add(((Number) o).longValue());
            }
        }
        return out;
    }

    /** Triggers of the given relations (pg_class oids). */
    public static List<Trigger> read(ReadContext ctx, Set<Long> relationOids) throws SQLException {
        return CatalogQuery.list(ctx.conn(), "triggers", SQL, rs -> {
            long relid = rs.getLong("relid");
            if (!relationOids.contains(relid)) {
                return null;
            }
            return new Trigger(rs.getLong("oid"), relid, rs.getString("nspname"), rs.getString("relname"),
                    rs.getString("relkind").charAt(0), rs.getString("tgname"), rs.getString("def"),
                    rs.getString("tgenabled").charAt(0), rs.getLong("foid"), rs.getString("comment"),
                    longs(rs.getArray("ancestors")));
        });
    }
}
