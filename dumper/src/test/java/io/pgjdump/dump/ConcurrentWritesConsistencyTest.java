package io.pgjdump.dump;

import io.pgjdump.catalog.Selection;
import io.pgjdump.dump.data.DataPump;
import io.pgjdump.dump.data.TaskPlanner;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * While a -j 3 dump runs, another connection keeps moving money out of existing accounts into new
 * accounts, each with a transfer row pointing at it (FK). Every transaction keeps the total and
 * adds exactly one account and one transfer, so a dump that mixed two moments of the database
 * would show a different total, an account count that does not match, or a transfer whose account
 * is missing. The accounts table is split into many ranges so its rows are read at different
 * times by different connections, while updates move row versions between those ranges.
 *
 * <p>No sleeps: the dump's listener waits (on a semaphore the writer releases per commit) until the
 * writer has committed after the snapshot was taken, and again after the first table is written.
 */
class ConcurrentWritesConsistencyTest {

    private static final int ACCOUNTS = 20000;
    private static final long START_BALANCE = 1000;
    private static final int COMMITS_PER_PAUSE = 25;
    private static final int MAX_TRANSACTIONS = 100_000;

    @TempDir
    Path dir;

    @Test
    void restoredCopyHasTheSameTotalAndNoOrphans() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            source.execute("""
                    CREATE TABLE public.accounts (id integer PRIMARY KEY, balance bigint NOT NULL);
                    INSERT INTO public.accounts SELECT i, %d FROM generate_series(1, %d) i;
                    CREATE TABLE public.transfers (id bigserial PRIMARY KEY,
                        account integer NOT NULL REFERENCES public.accounts, amount bigint NOT NULL);
                    ANALYZE;
                    """.formatted(START_BALANCE, ACCOUNTS));
            AtomicBoolean stop = new AtomicBoolean();
            Semaphore commits = new Semaphore(0);
            AtomicLong committed = new AtomicLong();
            AtomicReference<Throwable> writerFailure = new AtomicReference<>();
            Thread writer = new Thread(() -> moveMoney(source, stop, commits, committed, writerFailure), "writer");
            writer.start();
            long committedDuringDump;
            try {
                DumpListener waitForWrites = new DumpListener() {
                    private boolean pausedAfterTable;

                    @Override
                    public void planned(int tables, long estimatedBytes) {
                        awaitCommits(commits); // the snapshot is taken: these commits must not show
                    }

                    @Override
                    public void tableDone(TableStats stats) {
                        if (!pausedAfterTable) {
                            pausedAfterTable = true;
                            awaitCommits(commits); // workers are mid-way through the other tables
                        }
                    }
                };
                Path file = dir.resolve("consistent.sql");
                long before = committed.get();
                Dump.run(RoundTrip.dataSource(source), DumpOptions.builder().output(file).jobs(3)
                                .selection(Selection.schemas("public")).listener(waitForWrites).build(),
                        new TaskPlanner(64 << 10, 16 << 10), new DataPump.Settings(3, 8 << 10, 2, 32 << 10));
                committedDuringDump = committed.get() - before;
                stop.set(true);
                writer.join();
                assertNull(writerFailure.get(), "the concurrent writer failed");
                RoundTrip.replayWithPsql(file, target);
            } finally {
                stop.set(true);
                writer.join();
            }
            assertTrue(committedDuringDump >= 2 * COMMITS_PER_PAUSE,
                    "the writer committed during the dump: " + committedDuringDump);
            try (Connection c = target.connect(); Statement st = c.createStatement()) {
                assertEquals(ACCOUNTS * START_BALANCE, single(st, "SELECT sum(balance) FROM public.accounts"));
                assertEquals(0, single(st, "SELECT count(*) FROM public.transfers t WHERE NOT EXISTS "
                        + "(SELECT 1 FROM public.accounts a WHERE a.id = t.account)"), "orphan transfers");
                assertEquals(single(st, "SELECT count(*) + " + ACCOUNTS + " FROM public.transfers"),
                        single(st, "SELECT count(*) FROM public.accounts"), "one new account per transfer");
            }
        }
    }

    private static void awaitCommits(Semaphore commits) {
        try {
            commits.drainPermits();
            // the bound only keeps a broken writer from hanging the build; normally this takes ms
            if (!commits.tryAcquire(COMMITS_PER_PAUSE, 120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the concurrent writer stopped committing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Each transaction takes an amount from one account and opens a new account with it. */
    private static void moveMoney(TestDatabase db, AtomicBoolean stop, Semaphore commits, AtomicLong committed,
                                  AtomicReference<Throwable> failure) {
        try (Connection c = db.connect();
             PreparedStatement take = c.prepareStatement(
                     "UPDATE public.accounts SET balance = balance - ? WHERE id = ?");
             PreparedStatement open = c.prepareStatement(
                     "INSERT INTO public.accounts (id, balance) VALUES (?, ?)");
             PreparedStatement transfer = c.prepareStatement(
                     "INSERT INTO public.transfers (account, amount) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < MAX_TRANSACTIONS && !stop.get(); i++) {
                int from = 1 + (i * 7919) % ACCOUNTS;
                int to = ACCOUNTS + 1 + i;
                long amount = 1 + i % 50;
                take.setLong(1, amount);
                take.setInt(2, from);
                take.executeUpdate();
                open.setInt(1, to);
                open.setLong(2, amount);
                open.executeUpdate();
                transfer.setInt(1, to);
                transfer.setLong(2, amount);
                transfer.executeUpdate();
                c.commit();
                committed.incrementAndGet();
                commits.release();
            }
        } catch (SQLException | RuntimeException e) {
            failure.set(e);
            commits.release(COMMITS_PER_PAUSE * 100); // let a waiting dump go on and fail visibly
        }
    }

    private static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
