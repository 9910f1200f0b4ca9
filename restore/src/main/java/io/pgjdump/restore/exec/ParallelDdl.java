package io.pgjdump.restore.exec;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
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
 * keys. Within each, statements on the biggest tables start first (as pg_restore orders index
 * builds by table size), so the longest build is not left to start last. Two statements on the same table never run together unless both are plain CREATE INDEX
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
        Tables tables = lookUp(batch);
        List<Classified> keys = new ArrayList<>();
        List<Classified> foreign = new ArrayList<>();
        for (Classified c : batch) {
            (c.kind() == Kind.FOREIGN_KEY ? foreign : keys).add(c);
        }
        phase(keys, tables);
        phase(foreign, tables);
    }

    private void phase(List<Classified> tasks, Tables tables) throws InterruptedException, SQLException {
        List<Classified> parallel = new ArrayList<>();
        List<Classified> onMain = new ArrayList<>();
        for (Classified c : tasks) {
            (c.tables().stream().anyMatch(tables.mainOnly()::contains) ? onMain : parallel).add(c);
        }
        parallel = biggestFirst(parallel, tables.bytes());
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
     * The batch's tables as the server has them: {@code mainOnly} are those a job connection cannot
     * see as the main connection does (temporary ones, and names that do not resolve: the
     * statement then fails on main with the server's own message); {@code bytes} the size of the others.
     */
    private record Tables(Set<String> mainOnly, Map<String, Long> bytes) {
    }

    /** The statements ordered by the size of their biggest table, largest first; file order among equals. */
    static List<Classified> biggestFirst(List<Classified> tasks, Map<String, Long> bytes) {
        List<Classified> sorted = new ArrayList<>(tasks);
        sorted.sort(Comparator.comparingLong((Classified c) -> c.tables().stream()
                .mapToLong(t -> bytes.getOrDefault(t, 0L)).max().orElse(0)).reversed());
        return sorted;
    }

    private Tables lookUp(List<Classified> batch) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        batch.forEach(c -> names.addAll(c.tables()));
        Set<String> mainOnly = new LinkedHashSet<>();
        Map<String, Long> bytes = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT t, c.oid IS NULL OR c.relpersistence = 't', "
                + "pg_catalog.pg_relation_size(c.oid) FROM unnest(ARRAY[");
        int i = 0;
        for (String t : names) {
            sql.append(i++ > 0 ? "," : "").append(Literal.of(t));
        }
        sql.append("]::text[]) t LEFT JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(t)");
        try (java.sql.Statement st = main.createStatement()) {
            st.setEscapeProcessing(false);
            try (ResultSet rs = st.executeQuery(sql.toString())) {
                while (rs.next()) {
                    if (rs.getBoolean(2)) {
                        mainOnly.add(rs.getString(1));
                    } else {
                        bytes.put(rs.getString(1), rs.getLong(3));
                    }
                }
            }
        }
        return new Tables(mainOnly, bytes);
    }
}
