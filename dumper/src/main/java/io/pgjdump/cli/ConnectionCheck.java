package io.pgjdump.cli;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connects once before any work starts, so that a wrong host, password or database fails with one
 * clear line naming the server, before a file is opened or a pool is started.
 */
final class ConnectionCheck {

    private ConnectionCheck() {
    }

    /** True when the server answers; otherwise the reason is printed and false returned. */
    static boolean succeeds(DataSource ds, ConnectionSpec target, PrintWriter err, boolean verbose) {
        try (Connection probe = ds.getConnection()) {
            probe.isValid(5);
            return true;
        } catch (SQLException e) {
            err.println("pgjdump: error: " + Failures.connection(e, target));
            if (verbose) {
                e.printStackTrace(err);
            }
            return false;
        }
    }
}
