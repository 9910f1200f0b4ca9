package io.pgjdump.cli;

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

/** --profile, --dry-run, --inserts and --on-conflict-do-nothing as a user types them. */
class ProfileCommandTest {

    @TempDir
    Path dir;

    private final PgTestServer server = PgTestServer.get();

    @Test
    void dryRunPrintsTheDecisionsAndWritesNothing() throws Exception {
        try (TestDatabase db = supabase()) {
            Path file = dir.resolve("never.sql");
            CliRun run = CliRun.inProcess(args(db, "--profile", "supabase", "--dry-run", "-f", file.toString(),
                    "-T", "auth.audit_log_entries"));
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertTrue(run.out().contains("data only (the target already has the definition) (5):\n"), run.out());
            assertTrue(run.out().contains("  table auth.users\n"), run.out());
            assertFalse(run.out().contains("auth.audit_log_entries\n"), "-T applies to the profile too");
            assertTrue(run.out().contains("  table auth.sessions: transient: "), run.out());
            assertTrue(run.out().contains("  schema realtime: managed by Supabase\n"), run.out());
            assertFalse(Files.exists(file), "a dry run writes nothing");
        }
    }

    @Test
    void onConflictDoNothingWritesInserts() throws Exception {
        try (TestDatabase db = supabase()) {
            Path file = dir.resolve("merge.sql");
            CliRun run = CliRun.inProcess(args(db, "--profile", "supabase", "--on-conflict-do-nothing", "-q",
                    "-f", file.toString()));
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            String script = Files.readString(file);
            assertTrue(script.contains("INSERT INTO auth.users ("), "auth rows as INSERT");
            assertTrue(script.contains("\nON CONFLICT DO NOTHING;\n"));
            assertFalse(script.contains("FROM stdin;"));
            assertTrue(Files.readString(dir.resolve("merge.sql.manifest.json")).contains("\"profile\" : \"supabase\""));
        }
    }

    @Test
    void rowsPerInsertSetsTheBatch() throws Exception {
        try (TestDatabase db = supabase()) {
            Path file = dir.resolve("batched.sql");
            CliRun run = CliRun.inProcess(args(db, "-n", "public", "--rows-per-insert", "7", "-q", "-f", file.toString()));
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            String script = Files.readString(file);
            // 40 todos in INSERTs of 7 rows: 6 statements
            assertEquals(6, script.split("INSERT INTO public.todos ", -1).length - 1);
            assertEquals(ExitCode.USAGE, CliRun.inProcess(args(db, "--rows-per-insert", "0")).exitCode());
        }
    }

    @Test
    void unknownProfileIsAUsageError() {
        CliRun run = CliRun.inProcess("dump", "--profile", "heroku", "-d", "x");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals("pgjdump: error: unknown profile \"heroku\" (known: supabase)", run.errLines().get(0));
    }

    private TestDatabase supabase() throws Exception {
        TestDatabase db = server.createDatabase();
        db.executeResource("supabase/platform.sql");
        db.executeResource("supabase/app.sql");
        db.executeResource("supabase/data.sql");
        return db;
    }

    private String[] args(TestDatabase db, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of("dump", "-h", server.host(), "-p",
                Integer.toString(server.port()), "-U", server.user(), "-d", db.name()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
