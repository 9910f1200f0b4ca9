package io.pgjdump.dump;

import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.catalog.table.Table;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks, before anything is written, that the user may read every table and sequence the dump
 * needs, and reports every missing privilege in one error rather than failing on the first. Tables
 * that cannot be read are not locked (LOCK TABLE would fail on them); whether that matters is
 * decided once the dump knows which tables it really needs.
 */
final class Preflight {

    private static final String TABLES = """
            SELECT o.oid::bigint FROM pg_catalog.unnest(?::bigint[]) AS o(oid)
            WHERE NOT pg_catalog.has_table_privilege(o.oid::pg_catalog.oid, 'SELECT')
            """;

    private static final String SEQUENCES = """
            SELECT o.oid::bigint FROM pg_catalog.unnest(?::bigint[]) AS o(oid)
            WHERE NOT pg_catalog.has_sequence_privilege(o.oid::pg_catalog.oid, 'SELECT')
            """;

    private final Connection conn;
    private final Set<Long> unreadableTables = new HashSet<>();

    Preflight(Connection conn) {
        this.conn = conn;
    }

    /** The tables the user may SELECT from; the others are remembered for {@link #check}. */
    List<Table> readable(List<Table> tables) throws SQLException {
        unreadableTables.addAll(unreadable(TABLES, tables.stream().map(Table::oid).toList()));
        return tables.stream().filter(t -> !unreadableTables.contains(t.oid())).toList();
    }

    /** Fails, naming every object at once, when any of these tables or sequences cannot be read. */
    void check(String user, Collection<Table> tables, Collection<Sequence> sequences) throws DumpException {
        List<String> missing = new ArrayList<>();
        tables.stream().filter(t -> unreadableTables.contains(t.oid()))
                .forEach(t -> missing.add("table " + t.schema() + "." + t.name()));
        try {
            Set<Long> seqs = unreadable(SEQUENCES, sequences.stream().map(Sequence::oid).toList());
            sequences.stream().filter(s -> seqs.contains(s.oid()))
                    .forEach(s -> missing.add("sequence " + s.schema() + "." + s.name()));
        } catch (SQLException e) {
            throw DumpException.of("checking privileges on sequences", e);
        }
        if (!missing.isEmpty()) {
            throw new DumpException("permission denied (42501): user \"" + user + "\" lacks SELECT on "
                    + missing.size() + " object(s) the dump needs: " + String.join(", ", missing)
                    + "; grant SELECT or leave them out with -T/--exclude-table-data", "42501", null);
        }
    }

    private Set<Long> unreadable(String sql, List<Long> oids) throws SQLException {
        Set<Long> out = new HashSet<>();
        if (oids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            Array array = conn.createArrayOf("bigint", oids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
