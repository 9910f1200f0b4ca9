package io.pgjdump.dump.snapshot;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.pgjdump.dump.DumpException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The worker connections of one dump: a HikariCP pool of exactly {@code jobs} connections, each
 * handed out already inside the leader's snapshot.
 */
public final class WorkerPool implements AutoCloseable {

    private final HikariDataSource pool;
    private final SnapshotLeader leader;

    private WorkerPool(HikariDataSource pool, SnapshotLeader leader) {
        this.pool = pool;
        this.leader = leader;
    }

    public static WorkerPool open(DataSource target, SnapshotLeader leader, int jobs) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(target);
        config.setPoolName("pgjdump-workers");
        config.setMaximumPoolSize(jobs);
        config.setMinimumIdle(0);
        config.setAutoCommit(false);
        // a bad server should fail the dump at the first worker, not hold it in Hikari's retry loop
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(60_000);
        return new WorkerPool(new HikariDataSource(config), leader);
    }

    /** A connection that sees the dump's snapshot; close it to give it back. */
    public Connection connection() throws DumpException {
        Connection c;
        try {
            c = pool.getConnection();
        } catch (SQLException e) {
            throw DumpException.of("opening a worker connection", e);
        }
        try {
            leader.join(c);
            return c;
        } catch (DumpException e) {
            closeAfterFailure(c, e);
            throw e;
        }
    }

    private static void closeAfterFailure(Connection c, Exception primary) {
        try {
            c.close();
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
