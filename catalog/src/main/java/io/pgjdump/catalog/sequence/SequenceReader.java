package io.pgjdump.catalog.sequence;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.ReadContext;
import io.pgjdump.catalog.extension.ExtensionMembers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Reads sequence definitions, and (in the data section) their current values. */
public final class SequenceReader {

    private static final String SQL = """
            SELECT c.oid::bigint AS oid, n.nspname, c.relname, pg_catalog.pg_get_userbyid(c.relowner) AS owner,
                   pg_catalog.format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement, s.seqmin,
                   s.seqmax, s.seqcache, s.seqcycle, c.relpersistence = 'u' AS unlogged,
                   pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.relname) AS owned_table,
                   a.attname AS owned_column, t.oid::bigint AS owned_oid, d.deptype = 'i' AS identity,
                   pg_catalog.obj_description(c.oid, 'pg_class') AS comment, c.relacl::text AS acl
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid
            LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                 AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i')
            LEFT JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
            LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
            WHERE c.relkind = 'S' AND %s
            ORDER BY n.nspname, c.relname
            """.formatted(ExtensionMembers.notMember("pg_class", "c.oid"));

    private SequenceReader() {
    }

    public static List<Sequence> read(ReadContext ctx) throws SQLException {
        return read(ctx, false);
    }

    /** Sequences whose value only is dumped (they sit among data-only tables). */
    public static List<Sequence> readDataOnly(ReadContext ctx) throws SQLException {
        return ctx.selection().dataOnlyTables().isEmpty() ? List.of() : read(ctx, true);
    }

    private static List<Sequence> read(ReadContext ctx, boolean dataOnly) throws SQLException {
        return CatalogQuery.list(ctx.conn(), dataOnly ? "data-only sequences" : "sequences", SQL, rs -> {
            String schema = rs.getString("nspname");
            String name = rs.getString("relname");
            boolean visible = ctx.visible(schema);
            if (dataOnly ? !ctx.selection().includesDataOnly(schema, name, visible)
                    : !ctx.selection().includesRelation(schema, name, visible)) {
                return null;
            }
            return new Sequence(rs.getLong("oid"), schema, name, rs.getString("owner"), rs.getString("type"),
                    rs.getLong("seqstart"), rs.getLong("seqincrement"), rs.getLong("seqmin"), rs.getLong("seqmax"),
                    rs.getLong("seqcache"), rs.getBoolean("seqcycle"), rs.getBoolean("unlogged"),
                    rs.getString("owned_table"), rs.getString("owned_column"), rs.getLong("owned_oid"),
                    rs.getBoolean("identity"), rs.getString("comment"), rs.getString("acl"));
        });
    }

    /** The current position, read inside the dump's snapshot. */
    public record Value(long lastValue, boolean isCalled) {
    }

    public static Value readValue(Connection conn, Sequence seq) throws SQLException {
        String sql = "SELECT last_value, is_called FROM " + Quote.qualified(seq.schema(), seq.name());
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return new Value(rs.getLong(1), rs.getBoolean(2));
        } catch (SQLException e) {
            throw new io.pgjdump.catalog.CatalogException(
                    "reading sequence " + seq.schema() + "." + seq.name(), e);
        }
    }
}
