package io.pgjdump.dump;

import io.pgjdump.catalog.Selection;
import io.pgjdump.dump.data.DataPump;
import io.pgjdump.dump.data.RowFormat;
import io.pgjdump.dump.data.TaskPlanner;
import org.junit.jupiter.api.Assumptions;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --inserts turns COPY text into INSERT literals: the foundation fixture's rows (escapes, NULL vs
 * "\N" text, quotes, control characters, identity and generated columns) must come back exact.
 */
class InsertsRoundTripTest {

    @TempDir
    Path dir;

    /** Tiny blocks and range splits: statements end early at full blocks, big rows outgrow the pooled buffers. */
    @org.junit.jupiter.api.Test
    void insertsInSmallBlocksOfSplitTables() throws Exception {
        Assumptions.assumeTrue(PgTestServer.get().serverVersionNum() >= 140000,
                "ctid range splits need TID range scans (PostgreSQL 14)");
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            source.executeResource("roundtrip/foundation.sql");
            source.execute("""
                    CREATE TABLE public.many (id integer PRIMARY KEY, note text, blob bytea);
                    INSERT INTO public.many SELECT i, E'it''s \\ row\t' || i,
                        CASE WHEN i % 1000 = 0 THEN decode(repeat('ab', 20000), 'hex') END
                    FROM generate_series(1, 20000) i;
                    ANALYZE;
                    """);
            Path file = dir.resolve("small.sql");
            DumpOptions options = DumpOptions.builder().output(file).jobs(3).selection(Selection.schemas("public"))
                    .rows(RowFormat.inserts(true)).build();
            DumpResult result = Dump.run(RoundTrip.dataSource(source), options,
                    new TaskPlanner(64 << 10, 16 << 10), new DataPump.Settings(3, 8 << 10, 2, 32 << 10));
            assertTrue(result.tables().stream().anyMatch(t -> t.name().equals("many") && t.parts() > 5));
            RoundTrip.replayWithPsql(file, target);
            RoundTrip.assertSameDatabase(source, target);
        }
    }

    @ParameterizedTest(name = "onConflictDoNothing={0}")
    @ValueSource(booleans = {false, true})
    void insertsRoundTripExactly(boolean onConflictDoNothing) throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            source.executeResource("roundtrip/foundation.sql");
            Path file = dir.resolve("inserts.sql");
            RoundTrip.dump(source, file, DumpOptions.builder().jobs(2).selection(Selection.schemas("public"))
                    .rows(RowFormat.inserts(onConflictDoNothing)));
            String script = Files.readString(file);
            assertFalse(script.contains("FROM stdin;"));
            assertTrue(script.contains("INSERT INTO "));
            RoundTrip.replayWithPsql(file, target);
            RoundTrip.assertSameDatabase(source, target);
        }
    }
}
