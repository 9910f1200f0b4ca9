package io.pgjdump.restore.exec;

import io.pgjdump.restore.RestoreFailure;
import io.pgjdump.restore.script.CopySink;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A COPY block loaded on the reader's own connection: the reader writes the rows straight into
 * the server as it scans them. Used with one job, in a single transaction, and for blocks that
 * must keep file order.
 */
final class DirectCopy implements CopySink {

    private final Failures failures;
    private final Classified copy;
    private final int dataLine;
    private CopyIn in;
    private RestoreFailure failure;

    private DirectCopy(Failures failures, Classified copy, int dataLine) {
        this.failures = failures;
        this.copy = copy;
        this.dataLine = dataLine;
    }

    /** Starts the COPY; when the server refuses the statement itself, the sink discards the rows. */
    static DirectCopy start(Connection c, Failures failures, Classified copy, int dataLine) {
        DirectCopy d = new DirectCopy(failures, copy, dataLine);
        try {
            d.in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy.statement().text());
        } catch (SQLException e) {
            d.fail(e);
        }
        return d;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (failure != null) {
            return;
        }
        try {
            in.writeToCopy(bytes, offset, length);
        } catch (SQLException e) {
            fail(e);
        }
    }

    /** Ends the COPY after the {@code \.} line; returns the rows loaded, -1 when it failed. */
    long finish() {
        if (failure != null) {
            return -1;
        }
        try {
            return in.endCopy();
        } catch (SQLException e) {
            fail(e);
            return -1;
        } finally {
            cancelIfActive();
        }
    }

    /** The script broke off inside the block: cancel, so no partial rows stay. */
    void abort() {
        cancelIfActive();
    }

    private void fail(SQLException e) {
        failure = Sql.copyFailure(e, copy.statement().text(), copy.statement().line(), dataLine);
        cancelIfActive();
        failures.add(failure);
        // exit-on-error: stop reading the rest of a possibly huge block
        failures.throwIfStopping();
    }

    private void cancelIfActive() {
        if (in != null && in.isActive()) {
            try {
                in.cancelCopy();
            } catch (SQLException e) {
                // the connection is broken or the COPY already over; the failure that got us here is recorded
                failures.note("could not cancel the COPY of line " + copy.statement().line() + ": " + e.getMessage());
            }
        }
    }
}
