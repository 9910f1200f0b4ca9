package io.pgjdump.restore;

import io.pgjdump.restore.script.ScriptException;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How statements run: error policies, session settings on job connections, ordering, meta-commands. */
class ExecutionTest {

    @TempDir
    Path dir;

    private static final String FAILING = """
            CREATE TABLE a (id int PRIMARY KEY);
            INSERT INTO a VALUES (1);
            INSERT INTO a VALUES (1);
            CREATE TABLE a (x int);
            COPY a (id) FROM stdin;
            2
            x
            3
            \\.
            CREATE TABLE b (id int);
            INSERT INTO nowhere VALUES (1);
            """;

    @Test
    void exitOnErrorStopsAtTheFirstFailureWithItsLine() throws Exception {
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreException e = assertThrows(RestoreException.class, () -> Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("f.sql"), FAILING))));
            assertEquals("line 3: SQLSTATE 23505: duplicate key value violates unique constraint \"a_pkey\"; "
                    + "statement: INSERT INTO a VALUES (1)", e.getMessage());
            assertEquals(3, e.line());
            assertEquals("23505", e.sqlState());
            assertEquals(1, count(target, "SELECT count(*) FROM a"));
            assertEquals(0, count(target, "SELECT count(*) FROM pg_class WHERE relname = 'b'"));
        }
    }

    @ParameterizedTest(name = "jobs={0}")
    @ValueSource(ints = {1, 3})
    void continueOnErrorCountsFailuresAndFinishes(int jobs) throws Exception {
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("f.sql"), FAILING)).withJobs(jobs)
                            .withContinueOnError(true));
            assertTrue(r.failed());
            List<RestoreFailure> f = r.failures();
            assertEquals(4, f.size(), f::toString);
            assertEquals(List.of(3, 4, 7, 11), f.stream().map(RestoreFailure::line).toList());
            assertEquals(List.of("23505", "42P07", "22P02", "42P01"), f.stream().map(RestoreFailure::sqlState).toList());
            assertTrue(f.get(2).message().contains("invalid input syntax for type integer: \"x\""), f.get(2).message());
            assertEquals(0, r.copyBlocks());
            assertEquals(3, r.statements());
            assertEquals(1, count(target, "SELECT count(*) FROM a"));
            assertEquals(1, count(target, "SELECT count(*) FROM pg_class WHERE relname = 'b'"));
        }
    }

    @Test
    void copyFailureOnAJobStopsTheRestoreWithTheRowsLine() throws Exception {
        String script = "CREATE TABLE t (id int);\nCOPY t FROM stdin;\n1\n\\.\nCOPY t FROM stdin;\n2\nnot a number\n\\.\n"
                + "CREATE TABLE after_it (id int);\n";
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreException e = assertThrows(RestoreException.class, () -> Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("c.sql"), script)).withJobs(3)));
            assertEquals(7, e.line(), e.getMessage());
            assertEquals("22P02", e.sqlState());
            assertEquals(0, count(target, "SELECT count(*) FROM pg_class WHERE relname = 'after_it'"));
        }
    }

    /**
     * With a checksum to verify, the first statements run while the file is hashed, in one
     * transaction committed once the checksum matches; one of them failing leaves nothing behind.
     */
    @Test
    void statementsRunWhileTheChecksumIsComputedCommitOnlyWithIt() throws Exception {
        String bad = "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\nCREATE TABLE a (x int);\n"
                + "COPY b FROM stdin;\n1\n\\.\n";
        Path badFile = Targets.withMatchingSidecar(Targets.write(dir.resolve("gated-bad.sql"), bad));
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreException e = assertThrows(RestoreException.class, () -> Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(badFile).withJobs(2)));
            assertEquals(3, e.line(), e.getMessage());
            assertEquals("42P07", e.sqlState());
            assertEquals(0, count(target, "SELECT count(*) FROM pg_class WHERE relname IN ('a', 'b')"));
        }
        String good = bad.replace("CREATE TABLE a (x int);\n", "");
        Path goodFile = Targets.withMatchingSidecar(Targets.write(dir.resolve("gated-good.sql"), good));
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target), RestoreOptions.file(goodFile).withJobs(2));
            assertTrue(r.checksumVerified() && !r.failed());
            assertEquals(1, count(target, "SELECT count(*) FROM b"));
        }
    }

    /**
     * pgjdump splits a table into many consecutive blocks; a job loads a run of them as one COPY.
     * The rows keep file order, and a refused row is reported at its own line. With
     * continue-on-error blocks are not joined, so a bad row costs only its own block.
     */
    @Test
    void consecutiveBlocksOfATableLoadAsOneCopyUnlessContinuingOnErrors() throws Exception {
        StringBuilder sb = new StringBuilder("CREATE TABLE t (id int);\n");
        for (int b = 0; b < 5; b++) {
            sb.append("COPY t (id) FROM stdin;\n");
            for (int i = 0; i < 100; i++) {
                sb.append(b * 100 + i).append('\n');
            }
            sb.append("\\.\n\n");
        }
        String good = sb.toString();
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("joined.sql"), good)).withJobs(2));
            assertEquals(5, r.copyBlocks());
            assertEquals(500, r.rows());
            // one COPY, one transaction: every row has the same xmin, in file order
            assertEquals(1, count(target, "SELECT count(DISTINCT xmin::text) FROM t"));
            assertEquals(0, count(target, "SELECT count(*) FROM (SELECT id < lag(id) OVER (ORDER BY ctid) AS back FROM t) s "
                    + "WHERE back"));
        }
        // the third block gets a bad row in its middle
        String bad = good.replace("\n249\n", "\nnot a number\n");
        int badLine = (int) bad.substring(0, bad.indexOf("not a number")).chars().filter(c -> c == '\n').count() + 1;
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreException e = assertThrows(RestoreException.class, () -> Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("joined-bad.sql"), bad)).withJobs(2)));
            assertEquals(badLine, e.line(), e.getMessage());
        }
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("joined-bad.sql"), bad)).withJobs(2)
                            .withContinueOnError(true));
            assertEquals(List.of(badLine), r.failures().stream().map(RestoreFailure::line).toList());
            assertEquals(400, count(target, "SELECT count(*) FROM t"));
        }
    }

    /**
     * Two tables of ten blocks each, two jobs, blocks not joined (continue-on-error): each table
     * goes mostly to one job. A column default records which backend loaded each row; handing
     * blocks to whichever job is free would split every table about evenly between the two. A
     * check that costs the server a little per row keeps the loading well behind the reader, as
     * it is with real data, so that both tables are queued before the first block is done.
     */
    @Test
    void eachTableStaysMostlyOnOneJob() throws Exception {
        StringBuilder sb = new StringBuilder("""
                CREATE FUNCTION slow(int) RETURNS boolean LANGUAGE sql
                    AS 'SELECT count(*) > 0 FROM generate_series(1, 2000)';
                """);
        for (String t : List.of("t1", "t2")) {
            sb.append("CREATE TABLE ").append(t)
                    .append(" (id int CHECK (slow(id)), pid int DEFAULT pg_backend_pid());\n");
        }
        for (String t : List.of("t1", "t2")) {
            for (int b = 0; b < 10; b++) {
                sb.append("COPY ").append(t).append(" (id) FROM stdin;\n");
                for (int i = 0; i < 1000; i++) {
                    sb.append(b * 1000 + i).append('\n');
                }
                sb.append("\\.\n\n");
            }
        }
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("two-tables.sql"), sb.toString())).withJobs(2)
                            .withContinueOnError(true));
            assertEquals(20, r.copyBlocks());
            assertTrue(r.failures().isEmpty(), () -> r.failures().toString());
            for (String t : List.of("t1", "t2")) {
                // blocks per backend: a block is 1,000 rows from one COPY
                long most = count(target, "SELECT max(n) FROM (SELECT count(*) / 1000 AS n FROM " + t
                        + " GROUP BY pid) s");
                assertTrue(most >= 7, t + ": the busiest job loaded only " + most + " of its 10 blocks");
            }
        }
    }

    /**
     * pg_dump's session settings, made on the main connection, must be in force on the job
     * connections: here the COPY blocks and index names are unqualified and resolve only through
     * the script's search_path.
     */
    @Test
    void sessionSettingsReachJobConnections() throws Exception {
        StringBuilder sb = new StringBuilder("""
                CREATE SCHEMA s1;
                SELECT pg_catalog.set_config('search_path', 's1', false);
                SET statement_timeout = '17s';
                CREATE TABLE part (id int, v text, pid int DEFAULT pg_backend_pid());
                CREATE TABLE other (id int);
                CREATE TABLE main_pid AS SELECT pg_backend_pid() AS pid;
                """);
        for (int block = 0; block < 3; block++) {
            sb.append("COPY part (id, v) FROM stdin;\n");
            for (int i = 0; i < 1000; i++) {
                sb.append(block * 1000 + i).append("\tv").append(i).append('\n');
            }
            sb.append("\\.\n");
        }
        sb.append("COPY other FROM stdin;\n1\n\\.\n");
        sb.append("CREATE INDEX part_v ON part (v);\nALTER TABLE ONLY part ADD CONSTRAINT part_pk PRIMARY KEY (id);\n");
        sb.append("CREATE TABLE timeouts AS SELECT current_setting('statement_timeout') AS t;\n");
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("s.sql"), sb.toString())).withJobs(3));
            assertFalse(r.failed());
            assertEquals(4, r.copyBlocks());
            assertEquals(3001, r.rows());
            assertEquals(3000, count(target, "SELECT count(DISTINCT id) FROM s1.part"));
            // the blocks loaded on job connections, not on the one that ran the DDL
            assertEquals(0, count(target, "SELECT count(*) FROM s1.part WHERE pid = (SELECT pid FROM s1.main_pid)"));
            assertEquals(2, count(target, "SELECT count(*) FROM pg_indexes WHERE schemaname = 's1'"));
        }
    }

    /** Data-only into a schema whose foreign keys exist: blocks must load in file order, not at once. */
    @Test
    void blocksIntoTablesWithForeignKeysKeepFileOrder() throws Exception {
        StringBuilder sb = new StringBuilder();
        sb.append("COPY parent FROM stdin;\n");
        for (int i = 0; i < 20000; i++) {
            sb.append(i).append('\n');
        }
        sb.append("\\.\nCOPY child FROM stdin;\n19999\n0\n\\.\n");
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            target.execute("CREATE TABLE parent (id int PRIMARY KEY); "
                    + "CREATE TABLE child (parent_id int REFERENCES parent)");
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("d.sql"), sb.toString())).withJobs(3));
            assertFalse(r.failed());
            assertEquals(2, count(target, "SELECT count(*) FROM child"));
        }
    }

    /** A foreign key in the same post-data run as the unique index it references runs after it. */
    @Test
    void foreignKeysRunAfterTheKeysOfTheirRun() throws Exception {
        String script = """
                CREATE TABLE p (code text NOT NULL);
                CREATE TABLE c (code text);
                INSERT INTO p SELECT 'k' || g FROM generate_series(1, 5000) g;
                INSERT INTO c SELECT 'k' || g FROM generate_series(1, 5000) g;
                ALTER TABLE ONLY c ADD CONSTRAINT c_fk FOREIGN KEY (code) REFERENCES p (code);
                CREATE INDEX c_code ON c (code);
                CREATE UNIQUE INDEX p_code ON p (code);
                """;
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("fk.sql"), script)).withJobs(3));
            assertFalse(r.failed(), () -> r.failures().toString());
            assertEquals(1, count(target, "SELECT count(*) FROM pg_constraint WHERE conname = 'c_fk'"));
        }
    }

    @Test
    void connectToTheTargetItselfIsIgnoredToAnotherDatabaseRefused() throws Exception {
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            String same = "\\connect -reuse-previous=on \"dbname='" + target.name() + "'\"\nCREATE TABLE x (id int);\n"
                    + "\\connect " + target.name() + "\n";
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("same.sql"), same)));
            assertEquals(1, r.statements());
            String other = "CREATE TABLE y (id int);\n\\connect -reuse-previous=on \"dbname='elsewhere'\"\n";
            ScriptException e = assertThrows(ScriptException.class, () -> Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("other.sql"), other))));
            assertEquals(2, e.line());
            assertTrue(e.getMessage().contains("switches to database \"elsewhere\""), e.getMessage());
            ScriptException meta = assertThrows(ScriptException.class, () -> Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("meta.sql"), "SELECT 1;\n\\i other.sql\n"))));
            assertEquals(2, meta.line());
        }
    }

    @Test
    void singleTransactionRollsBackOnAServerError() throws Exception {
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            target.execute("CREATE TABLE keep (id int); INSERT INTO keep VALUES (1)");
            String before = Targets.snapshot(target);
            RestoreException e = assertThrows(RestoreException.class, () -> Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("tx.sql"), FAILING)).withSingleTransaction(true)));
            assertEquals(3, e.line());
            assertEquals(before, Targets.snapshot(target));
        }
    }

    /**
     * Larger blocks across two jobs: from a stream through a small queue (backpressure on every
     * chunk), and from a plain file, where the jobs read their blocks from the file themselves.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stream", "file"})
    void bigBlocksAcrossJobs(String input) throws Exception {
        StringBuilder sb = new StringBuilder("CREATE TABLE big (id int, v text, pid int DEFAULT pg_backend_pid());\n");
        int perBlock = 150_000;
        for (int block = 0; block < 2; block++) {
            sb.append("COPY big (id, v) FROM stdin;\n");
            for (int i = 0; i < perBlock; i++) {
                sb.append(block * perBlock + i).append("\tvalue number ").append(i).append(" with some padding\n");
            }
            sb.append("\\.\n");
        }
        Path file = Targets.write(dir.resolve("big.sql"), sb.toString());
        try (TestDatabase target = PgTestServer.get().createDatabase();
             java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            RestoreOptions options = input.equals("file") ? RestoreOptions.file(file) : RestoreOptions.stream(in);
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    options.withJobs(2).withCopyBufferBytes(64 * 1024));
            assertFalse(r.failed(), () -> r.failures().toString());
            assertEquals(2L * perBlock, r.rows());
            assertEquals(2L * perBlock, count(target, "SELECT count(DISTINCT id) FROM big"));
            assertEquals(perBlock, count(target, "SELECT count(*) FROM big WHERE id < " + perBlock
                    + " AND pid = (SELECT min(pid) FROM big WHERE id < " + perBlock + ")"), "a block loads on one connection");
        }
    }

    /** While the script holds a transaction open, its statements stay on that connection. */
    @Test
    void scriptTransactionsKeepEverythingOnTheMainConnection() throws Exception {
        String script = "BEGIN;\nCREATE TABLE t (id int);\nCOPY t FROM stdin;\n1\n\\.\nCOPY t FROM stdin;\n2\n\\.\n"
                + "CREATE INDEX t_id ON t (id);\nCOMMIT;\nCOPY t FROM stdin;\n3\n\\.\n";
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("tx.sql"), script)).withJobs(3));
            assertFalse(r.failed(), () -> r.failures().toString());
            assertEquals(3, count(target, "SELECT count(*) FROM t"));
            RestoreException e = assertThrows(RestoreException.class, () -> Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(dir.resolve("tx.sql")).withSingleTransaction(true)));
            assertEquals(1, e.line());
        }
    }

    /** A lost connection ends the restore even with continue-on-error, instead of failing every statement after. */
    @Test
    void lostMainConnectionStopsEvenWhenContinuingOnErrors() throws Exception {
        String script = "CREATE TABLE a (id int);\nSELECT pg_terminate_backend(pg_backend_pid());\n"
                + "CREATE TABLE b (id int);\nCREATE TABLE c (id int);\n";
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreException e = assertThrows(RestoreException.class, () -> Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(Targets.write(dir.resolve("kill.sql"), script)).withContinueOnError(true)));
            assertEquals(2, e.line(), e.getMessage());
            assertEquals("57P01", e.sqlState(), e.getMessage());
        }
    }

    /** A job whose backend dies in the middle of a COPY must not leave the reader waiting on it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stream", "file"})
    void jobKilledDuringCopyDoesNotHang(String input) throws Exception {
        StringBuilder sb = new StringBuilder("CREATE TABLE victim (id int, "
                + "boom boolean DEFAULT (CASE WHEN random() < 2 THEN pg_terminate_backend(pg_backend_pid()) END));\n"
                + "COPY victim (id) FROM stdin;\n");
        for (int i = 0; i < 200_000; i++) {
            sb.append(i).append('\n');
        }
        sb.append("\\.\nCREATE TABLE after_it (id int);\n");
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            Path file = Targets.write(dir.resolve("victim.sql"), sb.toString());
            RestoreException e;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                RestoreOptions options = input.equals("file") ? RestoreOptions.file(file) : RestoreOptions.stream(in);
                e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                        () -> assertThrows(RestoreException.class, () -> Restore.run(Targets.dataSource(target),
                                options.withJobs(2).withContinueOnError(true).withCopyBufferBytes(64 * 1024))));
            }
            assertTrue(connectionLoss(e.sqlState()), e.getMessage());
            assertEquals(0, count(target, "SELECT count(*) FROM pg_class WHERE relname = 'after_it'"));
        }
    }

    private static boolean connectionLoss(String state) {
        return state != null && (state.equals("57P01") || state.startsWith("08"));
    }

    /** Without --if-exists, clean into a database that lacks the objects fails at the first DROP, as pg_restore does. */
    @Test
    void cleanWithoutIfExistsFailsOnAMissingObject() throws Exception {
        String script = "CREATE TABLE one (id int);\nCREATE VIEW two AS SELECT * FROM one;\n";
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            Path file = Targets.write(dir.resolve("clean.sql"), script);
            RestoreException e = assertThrows(RestoreException.class, () -> Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(file).withClean(true, false)));
            assertEquals(2, e.line(), "the view is dropped first: it was created last");
            assertEquals("42P01", e.sqlState());
            RestoreResult twice = Restore.run(Targets.dataSource(target), RestoreOptions.file(file).withClean(true, true));
            assertFalse(twice.failed());
            RestoreResult again = Restore.run(Targets.dataSource(target), RestoreOptions.file(file).withClean(true, false));
            assertEquals(4, again.statements(), "two drops, two creates");
        }
    }

    @Test
    void optionsRefuseContradictions() {
        Path f = dir.resolve("x.sql");
        assertThrows(IllegalArgumentException.class, () -> RestoreOptions.file(f).withJobs(2).withSingleTransaction(true));
        assertThrows(IllegalArgumentException.class, () -> RestoreOptions.stream(System.in).withClean(true, true));
        assertThrows(IllegalArgumentException.class, () -> RestoreOptions.file(f).withJobs(0));
    }

    private static long count(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
