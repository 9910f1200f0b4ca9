package io.pgjdump.dump.snapshot;

import io.pgjdump.catalog.CatalogException;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.table.Table;
import io.pgjdump.dump.DumpException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * The connection that defines what the dump sees: a REPEATABLE READ READ ONLY transaction whose
 * snapshot is exported for the workers and held until the dump is written. It also takes the
 * ACCESS SHARE locks that keep a concurrent DROP or ALTER from breaking the dump.
 */
public final class SnapshotLeader implements AutoCloseable {

    private final Connection conn;
    private final String snapshotId;

    private SnapshotLeader(Connection conn, String snapshotId) {
        this.conn = conn;
        this.snapshotId = snapshotId;
    }

    public static SnapshotLeader begin(Connection conn) throws DumpException {
        try {
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                SessionSettings.apply(conn);
                String id;
                try (ResultSet rs = st.executeQuery("SELECT pg_catalog.pg_export_snapshot()")) {
                    rs.next();
                    id = rs.getString(1);
                }
                return new SnapshotLeader(conn, id);
            }
        } catch (SQLException e) {
            throw DumpException.of("starting the dump transaction", e);
        }
    }

    public Connection connection() {
        return conn;
    }

    public String snapshotId() {
        return snapshotId;
    }

    /**
     * Locks each table ACCESS SHARE, waiting at most {@code timeout} for each (zero: wait forever),
     * as pg_dump's --lock-wait-timeout does.
     */
    public void lock(List<Table> tables, Duration timeout) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("SET LOCAL lock_timeout = " + timeout.toMillis());
            for (Table t : tables) {
                try {
                    st.execute("LOCK TABLE ONLY " + Quote.qualified(t.schema(), t.name()) + " IN ACCESS SHARE MODE");
                } catch (SQLException e) {
                    throw new CatalogException("locking table " + t.schema() + "." + t.name(), e);
                }
            }
            st.execute("SET LOCAL lock_timeout = 0");
        }
    }

    /** Makes a worker connection see exactly the leader's snapshot. */
    public void join(Connection worker) throws DumpException {
        try {
            worker.setAutoCommit(false);
            try (Statement st = worker.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                st.execute("SET TRANSACTION SNAPSHOT " + Quote.literal(snapshotId));
            }
            SessionSettings.apply(worker);
        } catch (SQLException e) {
            throw DumpException.of("joining the dump snapshot", e);
        }
    }

    /** Ends the read-only transaction; nothing was written, so rollback is the natural end. */
    @Override
    public void close() throws SQLException {
        try {
            if (!conn.isClosed()) {
                conn.rollback();
            }
        } finally {
            conn.close();
        }
    }
}
