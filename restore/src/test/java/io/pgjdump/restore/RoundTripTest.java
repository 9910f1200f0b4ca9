package io.pgjdump.restore;

import io.pgjdump.testing.PgDump;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main proof: what pg_dump writes for a database full of awkward data and objects, restored
 * by Restore.run, gives back the same catalog and the same rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundTripTest {

    @TempDir
    static Path dir;

    private TestDatabase source;
    private Path plain;
    private Path zstd;
    private String expected;
    private long copyStatements;

    /**
     * Every test needs pg_dump: each is skipped (and counted so) when none can dump the server
     * under test. The source is built and dumped once, by the first test that runs.
     */
    @BeforeEach
    void dumpSource() throws Exception {
        PgDump.assumeCanDump(PgTestServer.get());
        if (source != null) {
            return;
        }
        source = PgTestServer.get().createDatabase();
        Sources.loadTricky(source);
        plain = dir.resolve("source.sql");
        Sources.pgDump(source, plain);
        zstd = Targets.zstdFrames(plain, dir.resolve("source.sql.zst"), 7);
        expected = Targets.snapshot(source);
        copyStatements = Files.readAllLines(plain).stream().filter(l -> l.startsWith("COPY ")).count();
        assertTrue(copyStatements >= 7, "the dump should have COPY blocks for every table");
        assertTrue(expected.contains("$$;$$"), "the snapshot should show routine bodies");
        if (PgTestServer.get().serverVersionNum() >= 140000) {
            assertTrue(expected.contains("BEGIN ATOMIC"), "the snapshot should show SQL-standard bodies");
        }
    }

    @AfterAll
    void dropSource() throws Exception {
        if (source != null) {
            source.close();
        }
    }

    @ParameterizedTest(name = "{0} with {1} job(s)")
    @CsvSource({"plain, 1", "plain, 3", "zstd, 1", "zstd, 3"})
    void restoresWhatPgDumpWrote(String format, int jobs) throws Exception {
        Path file = format.equals("zstd") ? zstd : plain;
        List<String> copied = new CopyOnWriteArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void copyFinished(String target, long rows, int line, java.time.Duration took) {
                copied.add(target);
            }
        };
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(file).withJobs(jobs).withListener(listener));
            assertFalse(r.failed(), () -> r.failures().toString());
            assertEquals(copyStatements, r.copyBlocks());
            assertEquals(copyStatements, copied.size());
            assertEquals(2000 + 20000 + 3000 + 5000 + 10 + 2, r.rows());
            assertEquals(expected, Targets.snapshot(target));
        }
    }

    /** pg_dump --inserts: data as INSERT statements instead of COPY blocks. */
    @Test
    void insertsInsteadOfCopy() throws Exception {
        Path inserts = dir.resolve("inserts.sql");
        Sources.pgDump(source, inserts, "--inserts", "--rows-per-insert=50");
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target), RestoreOptions.file(inserts).withJobs(2));
            assertFalse(r.failed(), () -> r.failures().toString());
            assertEquals(0, r.copyBlocks());
            assertEquals(expected, Targets.snapshot(target));
        }
    }

    /**
     * Schema first, then data only: the COPY blocks now go into tables that already have their
     * foreign keys and triggers, so they must load in file order even with several jobs.
     */
    @Test
    void schemaThenDataOnly() throws Exception {
        Path schema = dir.resolve("schema.sql");
        Path data = dir.resolve("data.sql");
        Sources.pgDump(source, schema, "--schema-only");
        Sources.pgDump(source, data, "--data-only", "--disable-triggers");
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            assertFalse(Restore.run(Targets.dataSource(target), RestoreOptions.file(schema).withJobs(3)).failed());
            RestoreResult r = Restore.run(Targets.dataSource(target), RestoreOptions.file(data).withJobs(3));
            assertFalse(r.failed(), () -> r.failures().toString());
            assertEquals(copyStatements, r.copyBlocks());
            // pg_dump: a schema-only dump creates the materialized view WITH NO DATA, data-only never refreshes it
            target.execute("REFRESH MATERIALIZED VIEW app.order_totals");
            assertEquals(expected, Targets.snapshot(target));
        }
    }

    @Test
    void singleTransaction() throws Exception {
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(zstd).withSingleTransaction(true));
            assertFalse(r.failed());
            assertEquals(expected, Targets.snapshot(target));
        }
    }

    @Test
    void fromAStream() throws Exception {
        try (TestDatabase target = PgTestServer.get().createDatabase(); InputStream in = Files.newInputStream(zstd)) {
            RestoreResult r = Restore.run(Targets.dataSource(target), RestoreOptions.input("-", in).withJobs(2));
            assertFalse(r.failed());
            assertFalse(r.checksumVerified());
            assertEquals(expected, Targets.snapshot(target));
        }
    }

    @Test
    void cleanIfExistsRestoresOverAnEarlierRestore() throws Exception {
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            Restore.run(Targets.dataSource(target), RestoreOptions.file(plain).withJobs(2));
            target.execute("INSERT INTO app.customers (name) VALUES ('added after the restore')");
            RestoreResult again = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(plain).withJobs(2).withClean(true, true));
            assertFalse(again.failed(), () -> again.failures().toString());
            assertEquals(expected, Targets.snapshot(target));
        }
    }

    @Test
    void cleanIfExistsIntoAnEmptyDatabase() throws Exception {
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(zstd).withClean(true, true));
            assertFalse(r.failed());
            assertEquals(expected, Targets.snapshot(target));
        }
    }
}
