package io.pgjdump.dump.data;

import io.pgjdump.catalog.ServerVersion;
import io.pgjdump.catalog.table.Table;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the tables whose rows are dumped into tasks in file order: largest first, so a big table
 * does not start last, then by name, so the same database state gives the same file. A table
 * bigger than {@link #SPLIT_BYTES} is cut into ranges of heap pages of about {@link #CHUNK_BYTES},
 * so that one huge table keeps every worker busy; its ranges stay consecutive in the file.
 *
 * <p>Sizes are read on the leader's connection after the tables are locked, so no one can
 * truncate or rewrite a table in between. Splitting does not depend on the number of jobs: the
 * file is the same with -j 1 and -j 8.
 */
public final class TaskPlanner {

    /** Tables above this main-fork size are split (from PostgreSQL 14, where TID range scans exist). */
    public static final long SPLIT_BYTES = 64L << 20;
    /** Target size of one range; {@link DataPump.Settings#defaults} lets a worker buffer one of these. */
    public static final long CHUNK_BYTES = 32L << 20;

    private static final String SIZES = """
            SELECT c.oid::pg_catalog.int8, pg_catalog.pg_relation_size(c.oid), pg_catalog.pg_table_size(c.oid),
                   pg_catalog.current_setting('block_size')::pg_catalog.int8
            FROM pg_catalog.pg_class c
            WHERE c.oid::pg_catalog.int8 = ANY (?)""";

    private final long splitBytes;
    private final long chunkBytes;

    public TaskPlanner(long splitBytes, long chunkBytes) {
        if (chunkBytes <= 0 || splitBytes < chunkBytes) {
            throw new IllegalArgumentException("need 0 < chunk <= split, got " + chunkBytes + " and " + splitBytes);
        }
        this.splitBytes = splitBytes;
        this.chunkBytes = chunkBytes;
    }

    public static TaskPlanner defaults() {
        return new TaskPlanner(SPLIT_BYTES, CHUNK_BYTES);
    }

    /** The size facts a plan is made from; {@code heapBytes} is the main fork only. */
    record Size(long heapBytes, long tableBytes, long blockSize) {
    }

    public List<DataTask> plan(Connection snapshot, ServerVersion version, List<Table> tables) throws SQLException {
        return plan(version, tables, readSizes(snapshot, tables));
    }

    List<DataTask> plan(ServerVersion version, List<Table> tables, Map<Long, Size> sizes) {
        // TID range scans arrived in 14; before that a ctid range would read the whole table
        boolean canSplit = version.atLeast(140000);
        List<Table> ordered = new ArrayList<>(tables);
        ordered.sort(Comparator.comparingLong((Table t) -> size(sizes, t).tableBytes()).reversed()
                .thenComparing(Table::schema).thenComparing(Table::name));
        List<DataTask> tasks = new ArrayList<>();
        for (Table t : ordered) {
            Size s = size(sizes, t);
            if (!canSplit || s.heapBytes() <= splitBytes || t.isPartitioned()) {
                tasks.add(DataTask.whole(tasks.size(), t));
                continue;
            }
            long pages = s.heapBytes() / s.blockSize();
            int parts = (int) ((s.heapBytes() + chunkBytes - 1) / chunkBytes);
            long perPart = (pages + parts - 1) / parts;
            for (int p = 0; p < parts; p++) {
                // the last range has no upper bound: pages added after the size was read are
                // invisible to the snapshot anyway, but an open end cannot lose a row
                long end = p == parts - 1 ? -1 : (p + 1) * perPart;
                tasks.add(new DataTask(tasks.size(), t, p * perPart, end, p, parts));
            }
        }
        return tasks;
    }

    private static Size size(Map<Long, Size> sizes, Table t) {
        Size s = sizes.get(t.oid());
        // a table missing from pg_class here cannot happen under its lock; fall back to the estimate
        return s != null ? s : new Size(t.estimatedBytes(), t.estimatedBytes(), 8192);
    }

    private static Map<Long, Size> readSizes(Connection conn, List<Table> tables) throws SQLException {
        Map<Long, Size> sizes = new HashMap<>();
        if (tables.isEmpty()) {
            return sizes;
        }
        Long[] oids = tables.stream().map(Table::oid).toArray(Long[]::new);
        try (PreparedStatement st = conn.prepareStatement(SIZES)) {
            Array array = conn.createArrayOf("int8", oids);
            st.setArray(1, array);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sizes.put(rs.getLong(1), new Size(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        return sizes;
    }
}
