package io.pgjdump.catalog.rule;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Reads the rules of the dumped relations; a view's _RETURN rule is the view itself. */
public final class RuleReader {

    private static final String SQL = """
            SELECT r.oid::bigint AS oid, r.ev_class::bigint AS relid, n.nspname, c.relname, c.relkind, r.rulename,
                   pg_catalog.pg_get_ruledef(r.oid) AS def, r.ev_enabled,
                   pg_catalog.obj_description(r.oid, 'pg_rewrite') AS comment
            FROM pg_catalog.pg_rewrite r
            JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE r.rulename <> '_RETURN' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            ORDER BY n.nspname, c.relname, r.rulename
            """;

    private RuleReader() {
    }

    /** Rules on the given relations (pg_class oids of tables and views). */
    public static List<Rule> read(ReadContext ctx, Set<Long> relationOids) throws SQLException {
        return CatalogQuery.list(ctx.conn(), "rules", SQL, rs -> {
            long relid = rs.getLong("relid");
            if (!relationOids.contains(relid)) {
                return null;
            }
            return new Rule(rs.getLong("oid"), relid, rs.getString("nspname"), rs.getString("relname"),
                    rs.getString("relkind").charAt(0), rs.getString("rulename"), rs.getString("def"),
                    rs.getString("ev_enabled").charAt(0), rs.getString("comment"));
        });
    }
}
