package io.pgjdump.restore.exec;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A run of consecutive post-data statements that may build at once: indexes and primary/unique/
 * exclusion keys first, across the jobs; then the run's foreign keys, which may reference those
 * keys. Two statements on the same table never run together unless both are plain CREATE INDEX
 * (which share their lock), so they cannot deadlock on each other; should the server still report
 * a deadlock (partitions lock their parents), the statement is retried alone on the main
 * connection afterwards.
 */
final class ParallelDdl {

    private final WorkerPool pool;
    private final Connection main;
    private final Failures failures;
    private final CopyStats stats;
    private final List<Classified> pending = new ArrayList<>();

    ParallelDdl(WorkerPool pool, Connection main, Failures failures, CopyStats stats) {
        this.pool = pool;
        this.main = main;
        this.failures = failures;
        this.stats = stats;
    }

    void add(Classified c) {
        pending.add(c);
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Runs everything added, then returns with all of it finished. */
    void flush() throws SQLException, InterruptedException {
        if (pending.isEmpty()) {
            return;
        }
        List<Classified> batch = List.copyOf(pending);
        pending.clear();
        Set<String> mainOnly = notSharedTables(batch);
        List<Classified> keys = new ArrayList<>();
        List<Classified> foreign = new ArrayList<>();
        for (Classified c : batch) {
            (c.kind() == Kind.FOREIGN_KEY ? foreign : keys).add(c);
        }
        phase(keys, mainOnly);
        phase(foreign, mainOnly);
    }

    private void phase(List<Classified> tasks, Set<String> mainOnly) throws InterruptedException, SQLException {
        List<Classified> parallel = new ArrayList<>();
        List<Classified> onMain = new ArrayList<>();
        for (Classified c : tasks) {
            (c.tables().stream().anyMatch(mainOnly::contains) ? onMain : parallel).add(c);
        }
        List<Classified> deadlocked = runParallel(parallel);
        onMain.addAll(deadlocked);
        for (Classified c : onMain) {
            if (failures.stopping()) {
                return;
            }
            var f = Sql.run(main, c.statement().text(), c.statement().line());
            if (f == null) {
                stats.statements.incrementAndGet();
            } else {
                failures.add(f);
            }
        }
    }

    private List<Classified> runParallel(List<Classified> tasks) throws InterruptedException, SQLException {
        List<Classified> waiting = new ArrayList<>(tasks);
        List<Classified> deadlocked = new ArrayList<>();
        BlockingQueue<Classified> done = new LinkedBlockingQueue<>();
        List<Future<Void>> futures = new ArrayList<>();
        Map<String, Integer> locks = new HashMap<>();
        int running = 0;
        boolean cancelled = false;
        while (!waiting.isEmpty() || running > 0) {
            if (failures.stopping() && running > 0 && !cancelled) {
                // exit-on-error: an index build elsewhere may take hours; stop it rather than wait
                pool.cancelRunning();
                cancelled = true;
            }
            while (running < pool.size() && !failures.stopping()) {
                Classified next = firstStartable(waiting, locks);
                if (next == null) {
                    break;
                }
                lock(next, locks, 1);
                running++;
                Worker w = pool.acquire();
                futures.add(pool.submit(w, worker -> {
                    try {
                        worker.sync();
                        worker.execute(next.statement().text());
                        stats.statements.incrementAndGet();
                    } catch (SQLException e) {
                        if (Sql.DEADLOCK.equals(e.getSQLState())) {
                            synchronized (deadlocked) {
                                deadlocked.add(next);
                            }
                        } else {
                            failures.add(Sql.failure(e, next.statement().text(), next.statement().line()));
                        }
                    } finally {
                        done.add(next);
                    }
                    return null;
                }));
            }
            if (running == 0) {
                break;
            }
            lock(done.take(), locks, -1);
            running--;
        }
        for (Future<Void> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a job failed unexpectedly", e.getCause());
            }
        }
        synchronized (deadlocked) {
            deadlocked.sort((a, b) -> Integer.compare(a.statement().line(), b.statement().line()));
            return deadlocked;
        }
    }

    /** The first waiting statement (file order) whose tables are free for it. */
    private static Classified firstStartable(List<Classified> waiting, Map<String, Integer> locks) {
        for (Iterator<Classified> it = waiting.iterator(); it.hasNext(); ) {
            Classified c = it.next();
            boolean shared = c.kind() == Kind.INDEX;
            boolean free = c.tables().stream().allMatch(t -> {
                int held = locks.getOrDefault(t, 0);
                return held == 0 || (shared && held > 0);
            });
            if (free) {
                it.remove();
                return c;
            }
        }
        return null;
    }

    /** Lock count per table: n > 0 shared by n indexes, -1 exclusive. */
    private static void lock(Classified c, Map<String, Integer> locks, int direction) {
        boolean shared = c.kind() == Kind.INDEX;
        for (String t : new LinkedHashSet<>(c.tables())) {
            int held = locks.getOrDefault(t, 0);
            int now = shared ? held + direction : (direction > 0 ? -1 : 0);
            if (now == 0) {
                locks.remove(t);
            } else {
                locks.put(t, now);
            }
        }
    }

    /**
     * Tables a job connection cannot see as the main connection does: temporary ones, and names
     * that do not resolve (the statement then fails on main with the server's own message).
     */
    private Set<String> notSharedTables(List<Classified> batch) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        batch.forEach(c -> tables.addAll(c.tables()));
        Set<String> out = new LinkedHashSet<>();
        StringBuilder sql = new StringBuilder("SELECT t FROM unnest(ARRAY[");
        int i = 0;
        for (String t : tables) {
            sql.append(i++ > 0 ? "," : "").append(Literal.of(t));
        }
        sql.append("]::text[]) t LEFT JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(t) "
                + "WHERE c.oid IS NULL OR c.relpersistence = 't'");
        try (java.sql.Statement st = main.createStatement()) {
            st.setEscapeProcessing(false);
            try (ResultSet rs = st.executeQuery(sql.toString())) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
