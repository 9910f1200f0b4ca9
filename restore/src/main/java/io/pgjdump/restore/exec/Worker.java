package io.pgjdump.restore.exec;

import java.sql.Connection;
import java.sql.SQLException;

/** One job's connection and how many of the script's session settings it has applied. */
final class Worker {

    private final Connection connection;
    private final SessionSettings settings;
    private final Failures failures;
    private int settingsApplied;
    private volatile java.sql.Statement running;

    Worker(Connection connection, SessionSettings settings, Failures failures) {
        this.connection = connection;
        this.settings = settings;
        this.failures = failures;
    }

    Connection connection() {
        return connection;
    }

    /** Replays the settings made on the main connection since this worker last ran. */
    void sync() throws SQLException {
        for (String sql : settings.since(settingsApplied)) {
            try {
                Sql.execute(connection, sql);
            } catch (SQLException e) {
                throw new SQLException("replaying the session setting \"" + sql + "\" on a job connection: "
                        + e.getMessage(), e.getSQLState(), e);
            }
            settingsApplied++;
        }
    }

    /** Runs a statement, cancellable from another thread through {@link #cancel}. */
    void execute(String sql) throws SQLException {
        try (java.sql.Statement st = connection.createStatement()) {
            st.setEscapeProcessing(false);
            running = st;
            st.execute(sql);
        } finally {
            running = null;
        }
    }

    void cancel() {
        java.sql.Statement st = running;
        if (st != null) {
            try {
                st.cancel();
            } catch (SQLException e) {
                // best effort while stopping: the statement ends with its connection anyway
                failures.note("could not cancel a running statement: " + e.getMessage());
            }
        }
    }

    void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the restore's outcome is already decided; say so and go on closing the others
            failures.note("could not close a job connection: " + e.getMessage());
        }
    }
}
