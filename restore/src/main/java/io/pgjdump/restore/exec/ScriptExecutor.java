package io.pgjdump.restore.exec;

import io.pgjdump.restore.RestoreFailure;
import io.pgjdump.restore.script.MetaCommand;
import io.pgjdump.restore.script.ScriptException;
import io.pgjdump.restore.script.ScriptItem;
import io.pgjdump.restore.script.ReadAhead;
import io.pgjdump.restore.script.Statement;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Replays a script in file order on the main connection, except for two kinds of runs that go
 * across the jobs: consecutive COPY blocks ({@link CopyRun}), and consecutive index and key
 * statements ({@link ParallelDdl}). Any other statement first waits for the run before it to
 * finish, so what runs in parallel never overtakes what the file put before it.
 */
final class ScriptExecutor {

    private final Connection main;
    private final WorkerPool pool;
    private final Failures failures;
    private final CopyStats stats;
    private final SessionSettings settings;
    private final ConnectCheck connect;
    private final boolean singleTransaction;
    private final CopyRun copies;
    private final ParallelDdl ddl;
    /** mayLoadOnJob per table, valid until the next statement that could change the answer runs. */
    private final java.util.Map<String, Boolean> jobSafe = new java.util.HashMap<>();
    private boolean scriptTransaction;
    /** The checksum still being computed, or null when it was verified before the replay began. */
    private final ChecksumGate gate;
    private long cleanNanos;
    private long sequentialNanos;
    private long ddlNanos;

    /**
     * @param pool      null when everything runs on the main connection
     * @param plainFile the script when it is an uncompressed file, else null
     */
    ScriptExecutor(Connection main, WorkerPool pool, Failures failures, CopyStats stats, SessionSettings settings,
                   ConnectCheck connect, boolean singleTransaction, int copyBufferBytes, java.nio.file.Path plainFile,
                   ChecksumGate gate) {
        this.main = main;
        this.gate = gate;
        this.pool = pool;
        this.failures = failures;
        this.stats = stats;
        this.settings = settings;
        this.connect = connect;
        this.singleTransaction = singleTransaction;
        this.copies = pool == null ? null : new CopyRun(pool, failures, stats, copyBufferBytes, plainFile,
                !failures.continueOnError());
        this.ddl = pool == null ? null : new ParallelDdl(pool, main, failures, stats);
    }

    /** Executes the drops of clean, in order, on the main connection. */
    void drops(List<DropPlanner.Drop> drops) {
        long start = System.nanoTime();
        for (DropPlanner.Drop d : drops) {
            failures.throwIfStopping();
            RestoreFailure f = Sql.run(main, d.sql(), d.line());
            if (f == null) {
                stats.statements.incrementAndGet();
            } else {
                failures.add(f);
            }
        }
        cleanNanos = System.nanoTime() - start;
        failures.throwIfStopping();
    }

    void run(ReadAhead reader) throws SQLException, InterruptedException {
        try {
            replay(reader);
        } catch (RuntimeException e) {
            // a script that breaks off before its checksum is known: a damaged file says so, nothing stays
            if (gate != null && gate.pending()) {
                gate.fail(main);
            }
            throw e;
        }
        if (gate != null && gate.pending()) {
            gate.open(main);
        }
    }

    private void replay(ReadAhead reader) throws SQLException, InterruptedException {
        ScriptItem item;
        while ((item = reader.next()) != null) {
            failures.throwIfStopping();
            Classified c = item instanceof Statement s ? Classifier.classify(s) : null;
            if (gate != null && gate.pending() && (c == null || !ChecksumGate.mayRunBefore(c))) {
                gate.open(main);
            }
            if (item instanceof MetaCommand m) {
                settle();
                failures.throwIfStopping();
                connect.check(m);
                continue;
            }
            if (pool != null && !scriptTransaction) {
                if (c.kind() == Kind.COPY) {
                    flushDdl();
                    failures.throwIfStopping();
                    if (mayLoadOnJob(c)) {
                        copies.load(c, reader);
                        continue;
                    }
                } else if (c.kind().parallelDdl()) {
                    copies.barrier();
                    ddl.add(c);
                    continue;
                }
            }
            settle();
            // what ran in parallel may have failed: nothing after it starts then
            failures.throwIfStopping();
            jobSafe.clear();
            long start = System.nanoTime();
            runOnMain(c, reader);
            sequentialNanos += System.nanoTime() - start;
        }
        settle();
        failures.throwIfStopping();
    }

    private void settle() throws SQLException, InterruptedException {
        if (pool != null) {
            copies.barrier();
            flushDdl();
        }
    }

    private void flushDdl() throws SQLException, InterruptedException {
        if (!ddl.isEmpty()) {
            long start = System.nanoTime();
            // foreign keys may be among them
            jobSafe.clear();
            ddl.flush();
            ddlNanos += System.nanoTime() - start;
        }
    }

    private void runOnMain(Classified c, ReadAhead reader) {
        Statement st = c.statement();
        if (c.kind() == Kind.COPY) {
            copyOnMain(c, reader);
            return;
        }
        if (singleTransaction && (c.kind() == Kind.TRANSACTION_START || c.kind() == Kind.TRANSACTION_END)) {
            throw new ScriptException("the script controls transactions itself (" + RestoreFailure.head(st.text())
                    + "), so it cannot run as a single transaction", st.line(), -1);
        }
        RestoreFailure f = Sql.run(main, st.text(), st.line());
        if (f != null) {
            if (gate != null && gate.pending()) {
                // what ran before it, in the gate's transaction, is rolled back with it
                failGate();
            }
            failures.add(f);
            return;
        }
        stats.statements.incrementAndGet();
        switch (c.kind()) {
            case SETTING -> settings.add(st.text());
            case TRANSACTION_START -> scriptTransaction = true;
            case TRANSACTION_END -> scriptTransaction = false;
            default -> {
            }
        }
    }

    private void copyOnMain(Classified c, ReadAhead reader) {
        long start = System.nanoTime();
        int dataLine = reader.line();
        DirectCopy copy = DirectCopy.start(main, failures, c, dataLine);
        boolean fed = false;
        try {
            reader.copyData(copy);
            fed = true;
        } finally {
            if (!fed) {
                copy.abort();
            }
        }
        long rows = copy.finish();
        if (rows >= 0) {
            stats.copied(c.tables().isEmpty() ? "?" : c.tables().get(0), rows, c.statement().line(), start);
        }
    }

    /**
     * A block may load on a job unless file order matters for it: a target with foreign keys or
     * user triggers (rows may depend on blocks before it, as in a data-only restore into an
     * existing schema), a temporary table (invisible to other connections), or a name that does
     * not resolve (it then fails on main with the server's own message).
     */
    private boolean mayLoadOnJob(Classified c) throws SQLException {
        if (c.tables().isEmpty()) {
            return false;
        }
        // pgjdump splits a big table into many consecutive blocks: ask once per table and run
        Boolean known = jobSafe.get(c.tables().get(0));
        if (known != null) {
            return known;
        }
        String sql = "SELECT c.relpersistence <> 't'"
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid AND k.contype = 'f')"
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_trigger g WHERE g.tgrelid = c.oid AND NOT g.tgisinternal)"
                + " FROM pg_catalog.pg_class c WHERE c.oid = pg_catalog.to_regclass(" + Literal.of(c.tables().get(0)) + ")";
        try (java.sql.Statement st = main.createStatement()) {
            st.setEscapeProcessing(false);
            try (ResultSet rs = st.executeQuery(sql)) {
                boolean safe = rs.next() && rs.getBoolean(1);
                jobSafe.put(c.tables().get(0), safe);
                return safe;
            }
        }
    }

    private void failGate() {
        try {
            gate.fail(main);
        } catch (SQLException e) {
            failures.note("rolling back the statements run before the checksum was known: " + e.getMessage());
        }
    }

    long cleanNanos() {
        return cleanNanos;
    }

    long sequentialNanos() {
        return sequentialNanos;
    }

    long dataNanos() {
        return copies == null ? 0 : copies.nanos();
    }

    long ddlNanos() {
        return ddlNanos;
    }
}
