package io.pgjdump.restore.exec;

import io.pgjdump.restore.CheckResult;
import io.pgjdump.restore.ProgressListener;
import io.pgjdump.restore.RestoreException;
import io.pgjdump.restore.RestoreFailure;
import io.pgjdump.restore.RestoreOptions;
import io.pgjdump.restore.RestoreResult;
import io.pgjdump.restore.script.ReadAhead;
import io.pgjdump.restore.script.ScriptInput;
import io.pgjdump.restore.script.ScriptReader;
import io.pgjdump.restore.script.Sha256Sidecar;
import io.pgjdump.restore.verify.CheckLine;
import io.pgjdump.restore.verify.TableCheck;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * One restore from start to end: verify, plan the drops of clean, open the connections, replay,
 * commit or roll back. Nothing is committed before the checksum matches: either it is verified
 * first (with clean, a single transaction or continue-on-error), or the first definitions run
 * in a transaction held open until it does ({@link ChecksumGate}). Clean's first pass reads the
 * whole file before anything is dropped.
 */
public final class RestoreRun {

    private final DataSource target;
    private final RestoreOptions options;
    private final ProgressListener listener;

    public RestoreRun(DataSource target, RestoreOptions options) {
        this.target = target;
        this.options = options;
        this.listener = options.quiet() ? failuresOnly(options.listener()) : options.listener();
    }

    public RestoreResult execute() throws IOException {
        long start = System.nanoTime();
        Failures failures = new Failures(options.continueOnError(), listener);
        CopyStats stats = new CopyStats(listener);
        try (ScriptInput input = openInput();
             ReadAhead reader = new ReadAhead(new ScriptReader(input), input.zstd() ? null : options.file())) {
            ChecksumGate gate = overlapChecksum() ? ChecksumGate.start(options.file(), reader) : null;
            boolean verified = gate == null && verify(reader);
            long verifyNanos = System.nanoTime() - start;
            List<DropPlanner.Drop> drops = planDrops();
            try (Connection main = connect()) {
                listener.info("restoring " + options.inputName() + " (" + input.format() + ") with " + options.jobs()
                        + (options.jobs() == 1 ? " job" : " jobs") + (options.singleTransaction() ? " in a single transaction" : ""));
                main.setAutoCommit(!options.singleTransaction() && gate == null);
                ConnectCheck connect = new ConnectCheck(query(main, "SELECT current_database()"),
                        query(main, "SELECT current_user"));
                ScriptExecutor executor = replay(input, reader, main, connect, drops, failures, stats, gate);
                if (gate != null) {
                    verified = gate.verified();
                    verifyNanos = gate.hashNanos();
                    reportChecksum(verified);
                }
                RestoreResult.Timings timings = new RestoreResult.Timings(Duration.ofNanos(verifyNanos),
                        Duration.ofNanos(executor.cleanNanos()), Duration.ofNanos(executor.sequentialNanos()),
                        Duration.ofNanos(executor.dataNanos()), Duration.ofNanos(executor.ddlNanos()),
                        Duration.ofNanos(System.nanoTime() - start));
                CheckResult check = options.check() ? check(reader.checks()) : null;
                return new RestoreResult(stats.statements.get(), stats.blocks.get(), stats.rows.get(), failures.list(),
                        verified, timings, check);
            }
        } catch (SQLException e) {
            throw new RestoreException("restoring " + options.inputName() + ": " + e.getMessage(), 0, e.getSQLState(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RestoreException("restore interrupted", 0, null, e);
        }
    }

    /**
     * Only the check: reads the script for its {@code -- pgjdump:check} comments without running
     * anything, then compares the database with them.
     */
    public CheckResult checkOnly() throws IOException {
        try (ScriptReader reader = new ScriptReader(openInput())) {
            while (reader.next() != null) {
                // statements are not run; the reader collects the check comments on its way
                continue;
            }
            return check(reader.checks());
        }
    }

    /** Compares the restored tables with the digests the script carried, on a connection of its own. */
    private CheckResult check(List<CheckLine> expected) {
        listener.info(expected.isEmpty() ? "check: " + options.inputName() + " carries no row digests (not written "
                + "by pgjdump dump, or written with INSERT statements); nothing can be checked"
                : "checking " + expected.size() + " table(s) against the digests in " + options.inputName());
        try (Connection c = connect()) {
            CheckResult result = TableCheck.run(c, expected);
            if (!result.noDigests()) {
                listener.info("check: " + (result.tables() - result.mismatches().size()) + " of " + result.tables()
                        + " table(s) match the dump");
            }
            return result;
        } catch (SQLException e) {
            throw new RestoreException("checking the restored tables: " + e.getMessage(), 0, e.getSQLState(), e);
        }
    }

    /** Clean's first pass; it also refuses a damaged file before anything is dropped. */
    private List<DropPlanner.Drop> planDrops() throws IOException {
        if (!options.clean()) {
            return List.of();
        }
        try (ScriptReader first = new ScriptReader(ScriptInput.open(options.file()))) {
            return DropPlanner.plan(first, options.ifExists());
        }
    }

    /** Drops, then the script; commits a single transaction, or on failure rolls it back and stops the jobs. */
    private ScriptExecutor replay(ScriptInput input, ReadAhead reader, Connection main, ConnectCheck connect,
                                  List<DropPlanner.Drop> drops, Failures failures, CopyStats stats, ChecksumGate gate)
            throws SQLException, InterruptedException {
        SessionSettings settings = new SessionSettings();
        WorkerPool pool = options.jobs() > 1 ? new WorkerPool(target, options.jobs(), settings, failures) : null;
        ScriptExecutor executor = new ScriptExecutor(main, pool, failures, stats, settings, connect,
                options.singleTransaction(), options.copyBufferBytes(), input.zstd() ? null : options.file(), gate);
        boolean done = false;
        try {
            executor.drops(drops);
            executor.run(reader);
            if (options.singleTransaction()) {
                main.commit();
            }
            done = true;
            return executor;
        } finally {
            if (pool != null) {
                if (!done) {
                    pool.cancelRunning();
                }
                pool.close();
            }
            if (!done && options.singleTransaction()) {
                rollback(main, failures);
            }
        }
    }

    /**
     * Verifies the checksum before anything runs. The file is hashed on a thread of its own while
     * this one parses the script ahead (nothing is executed), so the two passes over the file
     * share the time one of them would take.
     */
    private boolean verify(ReadAhead reader) throws IOException, InterruptedException {
        if (!options.verifyChecksum()) {
            return false;
        }
        if (options.file() == null) {
            listener.info("reading standard input: no checksum to verify");
            return false;
        }
        boolean checked = ChecksumGate.start(options.file(), reader).await();
        reportChecksum(checked);
        return checked;
    }

    private void reportChecksum(boolean checked) {
        listener.info(checked ? "checksum verified (" + Sha256Sidecar.of(options.file()).getFileName() + ")"
                : "no " + Sha256Sidecar.of(options.file()).getFileName() + " beside the file: checksum not verified");
    }

    /**
     * Whether the first statements may run while the checksum is computed, in a transaction
     * committed once it matches ({@link ChecksumGate}). Not with clean (its drops come first),
     * a single transaction (already all or nothing), or continue-on-error (a failed statement
     * would abort that transaction and take the others with it).
     */
    private boolean overlapChecksum() {
        return options.verifyChecksum() && options.file() != null && !options.clean() && !options.singleTransaction()
                && !options.continueOnError() && java.nio.file.Files.exists(Sha256Sidecar.of(options.file()));
    }

    private ScriptInput openInput() throws IOException {
        return options.file() != null ? ScriptInput.open(options.file()) : ScriptInput.open(options.stream());
    }

    private Connection connect() {
        try {
            return target.getConnection();
        } catch (SQLException e) {
            throw new RestoreException("cannot connect to the target database: " + e.getMessage(), 0, e.getSQLState(), e);
        }
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (java.sql.Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void rollback(Connection main, Failures failures) {
        try {
            main.rollback();
        } catch (SQLException e) {
            // closing the connection rolls back too; the failure that brought us here is what matters
            failures.note("rollback failed (the connection's close rolls back): " + e.getMessage());
        }
    }

    private static ProgressListener failuresOnly(ProgressListener l) {
        return new ProgressListener() {
            @Override
            public void failed(RestoreFailure failure) {
                l.failed(failure);
            }
        };
    }
}
