package io.pgjdump.dump;

import io.pgjdump.catalog.NamePattern;
import io.pgjdump.catalog.Selection;
import io.pgjdump.testing.PgDump;
import io.pgjdump.restore.Restore;
import io.pgjdump.restore.RestoreOptions;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Triggers of every shape, policies with forced row-level security, statistics objects,
 * publications, default privileges, event triggers, foreign-data wrappers, servers, user mappings
 * and foreign tables: dumped (the whole database, once leaving
 * out only the schema of helper functions that both sides hold, once with those functions),
 * replayed with psql, compared.
 */
class PostDataRoundTripTest {

    /** The helpers' schema: present on both sides, so the dump leaves it out (-N). */
    static final Selection ALL_BUT_HELPERS = new Selection(List.of(), List.of(NamePattern.forSchema("pgjb_helpers")),
            List.of(), List.of(), List.of());

    @TempDir
    Path dir;

    @Test
    void wholeDatabaseRoundTripIsExact() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            load(source, target);
            Path file = dir.resolve("dump.sql");
            DumpResult result = RoundTrip.dump(source, file, DumpOptions.builder().selection(ALL_BUT_HELPERS));
            assertTrue(result.notDumped().isEmpty(), () -> "unexpected: " + result.notDumped());
            RoundTrip.replayWithPsql(file, target);
            RoundTrip.assertSameDatabase(source, target);
        }
    }

    /** Nothing left out: the trigger, policy and event trigger functions travel in the same dump. */
    @Test
    void wholeDatabaseWithTheirFunctionsRoundTripIsExact() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            load(source, null);
            Path file = dir.resolve("all.sql");
            DumpResult result = RoundTrip.dump(source, file, DumpOptions.builder().jobs(2));
            assertTrue(result.notDumped().isEmpty(), () -> "unexpected: " + result.notDumped());
            RoundTrip.replayWithPsql(file, target);
            RoundTrip.assertSameDatabase(source, target);
        }
    }

    /** pgjdump's own restore (three connections) replays the same file to the same database. */
    @Test
    void pgjdumpRestoreReplaysItToo() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            load(source, null);
            Path file = dir.resolve("all.sql");
            RoundTrip.dump(source, file, DumpOptions.builder());
            Restore.run(RoundTrip.dataSource(target), RestoreOptions.file(file).withJobs(3));
            RoundTrip.assertSameDatabase(source, target);
        }
    }

    @Test
    void schemaSelectionKeepsTableObjectsAndLeavesDatabaseObjectsOut() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase()) {
            load(source, null);
            Path file = dir.resolve("public.sql");
            RoundTrip.dump(source, file, DumpOptions.builder().selection(Selection.schemas("public")));
            String script = Files.readString(file);
            assertTrue(script.contains("CREATE TRIGGER \"Before Row\""), "table triggers go with their table");
            assertTrue(script.contains("CREATE POLICY \"own rows\""), "policies go with their table");
            assertFalse(script.contains("CREATE PUBLICATION"), "-n leaves publications out, as pg_dump does");
            assertFalse(script.contains("CREATE EVENT TRIGGER"), "-n leaves event triggers out, as pg_dump does");
            assertFalse(script.contains("FOR ROLE pgjb_alice GRANT SELECT ON TABLES"),
                    "-n leaves database-wide default privileges out");
            assertTrue(script.contains("FOR ROLE pgjb_alice IN SCHEMA public GRANT EXECUTE ON FUNCTIONS"),
                    "default privileges of a dumped schema stay");
            assertFalse(script.contains("CREATE SCHEMA \"Odd Schema"), "the schema left out is not created");
            assertFalse(script.contains("CREATE STATISTICS \"Odd Schema"),
                    "a statistics object in the schema left out stays out, though its table is dumped");
            assertFalse(script.contains("CREATE TEXT SEARCH"), "text search objects go with their schema");
        }
    }

    /**
     * pg_dump itself sees no difference between source and target: its schema-only output of both
     * is the same once the lines that legitimately differ (comments naming nothing of the schema,
     * and the random key of the psql restrict meta-commands) are dropped.
     */
    @Test
    void pgDumpSeesTheSameSchemaOnBothSides() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            PgDump.assumeCanDump(PgTestServer.get());
            load(source, target);
            Path file = dir.resolve("dump.sql");
            RoundTrip.dump(source, file, DumpOptions.builder().selection(ALL_BUT_HELPERS));
            RoundTrip.replayWithPsql(file, target);
            assertEquals(PgDumpReference.schemaOnly(source), PgDumpReference.schemaOnly(target));
        }
    }

    /** Loads the fixture into the source; the target (if any) gets the helpers only. */
    static void load(TestDatabase source, TestDatabase target) throws Exception {
        source.executeResource("roundtrip/post_data_helpers.sql");
        source.executeResource("roundtrip/post_data.sql");
        source.executeResource("roundtrip/database_objects.sql");
        source.executeResource("roundtrip/foreign.sql");
        if (target != null) {
            target.executeResource("roundtrip/post_data_helpers.sql");
        }
    }
}
