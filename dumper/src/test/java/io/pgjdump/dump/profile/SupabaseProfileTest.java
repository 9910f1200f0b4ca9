package io.pgjdump.dump.profile;

import io.pgjdump.dump.DryRun;
import io.pgjdump.dump.Dump;
import io.pgjdump.dump.DumpException;
import io.pgjdump.dump.DumpOptions;
import io.pgjdump.dump.RoundTrip;
import io.pgjdump.dump.data.RowFormat;
import io.pgjdump.dump.profile.Decision.Category;
import io.pgjdump.testing.CatalogSnapshot;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Supabase profile against a small Supabase-shaped database (src/test/resources/supabase):
 * the source is platform + app + rows, the target the bare platform, as a new project is.
 */
class SupabaseProfileTest {

    /** Tables whose rows the profile carries. */
    static final List<String> WITH_ROWS = List.of("auth.users", "auth.identities", "auth.mfa_factors",
            "auth.audit_log_entries", "storage.buckets", "storage.objects", "public.profiles", "public.todos",
            "public.attachments", "app.settings");

    /** Tables whose rows stay behind: transient, or referencing rows that stay behind. */
    static final List<String> WITHOUT_ROWS = List.of("auth.sessions", "auth.refresh_tokens", "auth.mfa_amr_claims",
            "auth.session_devices",
            "auth.one_time_tokens", "storage.s3_multipart_uploads", "public.device_sessions", "public.device_notes");

    @TempDir
    Path dir;

    private final PgTestServer server = PgTestServer.get();

    @Test
    void restoresUsersFilesAndAppIntoABareProject() throws Exception {
        try (TestDatabase source = source(); TestDatabase target = server.createDatabase()) {
            target.executeResource("supabase/platform.sql");
            Path file = dir.resolve("project.sql");
            RoundTrip.dump(source, file, DumpOptions.builder().jobs(2).profile(new SupabaseProfile()));
            String script = Files.readString(file);
            assertLeavesOutWhatItShould(script);
            assertPartsInOrder(script);

            RoundTrip.replayWithPsql(file, target);
            assertRestoredProject(source, target);
        }
    }

    @Test
    void restoresWithPgjdumpRestoreInParallel() throws Exception {
        try (TestDatabase source = source(); TestDatabase target = server.createDatabase()) {
            target.executeResource("supabase/platform.sql");
            Path file = dir.resolve("project.sql.zst");
            RoundTrip.dump(source, file, DumpOptions.builder().jobs(2).profile(new SupabaseProfile())
                    .compression(io.pgjdump.dump.output.Compression.parse("zstd")));
            var result = io.pgjdump.restore.Restore.run(RoundTrip.dataSource(target),
                    io.pgjdump.restore.RestoreOptions.file(file).withJobs(3));
            assertTrue(result.failures().isEmpty(), () -> "restore failures: " + result.failures());
            assertRestoredProject(source, target);
        }
    }

    private static void assertRestoredProject(TestDatabase source, TestDatabase target) throws SQLException {
        try (Connection s = source.connect(); Connection t = target.connect()) {
            assertEquals(CatalogSnapshot.describe(s), CatalogSnapshot.describe(t),
                    "the restored project has every definition of the source");
            for (String table : WITH_ROWS) {
                assertEquals(content(s, table), content(t, table), "rows of " + table);
            }
            for (String table : WITHOUT_ROWS) {
                assertEquals("0", scalar(t, "SELECT count(*) FROM " + table), table + " is restored empty");
            }
            assertEquals(scalar(s, "SELECT count(*) FROM auth.users"), scalar(t, "SELECT count(*) FROM public.profiles"),
                    "one profile per user: the trigger did not fire during the restore");
            assertEquals(scalar(s, "SELECT string_agg(encrypted_password, ',' ORDER BY id) FROM auth.users"),
                    scalar(t, "SELECT string_agg(encrypted_password, ',' ORDER BY id) FROM auth.users"));
            assertEquals("3", scalar(t, "SELECT count(*) FROM auth.schema_migrations"), "the project's own rows, once");
            assertEquals(scalar(s, "SELECT last_value FROM public.todos_id_seq"),
                    scalar(t, "SELECT last_value FROM public.todos_id_seq"));
            assertCustomisations(t);
            // the trigger is live again after the restore
            try (Statement st = t.createStatement()) {
                st.execute("INSERT INTO auth.users (id, email) VALUES ('00000000-0000-4000-8000-000000009999', 'new@example.com')");
            }
            assertEquals("1", scalar(t, "SELECT count(*) FROM public.profiles WHERE id = '00000000-0000-4000-8000-000000009999'"));
        }
    }

    @Test
    void insertsMergeIntoAProjectThatAlreadyHoldsSomeRows() throws Exception {
        try (TestDatabase source = source(); TestDatabase target = server.createDatabase()) {
            target.executeResource("supabase/platform.sql");
            target.execute("INSERT INTO auth.users (id, email) VALUES ('00000000-0000-4000-8000-000000000001', 'kept@example.com');"
                    + "INSERT INTO storage.buckets (id, name) VALUES ('avatars', 'avatars')");
            Path file = dir.resolve("merge.sql");
            RoundTrip.dump(source, file, DumpOptions.builder().profile(new SupabaseProfile())
                    .rows(RowFormat.inserts(true)));
            String script = Files.readString(file);
            assertFalse(script.contains("FROM stdin"), "no COPY with --inserts");
            assertTrue(script.contains("INSERT INTO public.todos (id, user_id, task, is_complete, inserted_at) "
                    + "OVERRIDING SYSTEM VALUE VALUES"), "identity ALWAYS needs OVERRIDING, generated fts is left out");
            assertTrue(script.contains("ON CONFLICT DO NOTHING;"));
            assertLeavesOutWhatItShould(script);

            RoundTrip.replayWithPsql(file, target);
            try (Connection s = source.connect(); Connection t = target.connect()) {
                for (String table : WITH_ROWS) {
                    assertEquals(scalar(s, "SELECT count(*) FROM " + table), scalar(t, "SELECT count(*) FROM " + table),
                            "row count of " + table);
                }
                for (String table : List.of("auth.identities", "storage.objects", "public.todos", "public.profiles")) {
                    assertEquals(content(s, table), content(t, table), "rows of " + table);
                }
                assertEquals("kept@example.com", scalar(t,
                        "SELECT email FROM auth.users WHERE id = '00000000-0000-4000-8000-000000000001'"),
                        "a row the target already had is kept");
                assertCustomisations(t);
            }
        }
    }

    @Test
    void schemaOnlyAndDataOnlyKeepTheLayout() throws Exception {
        try (TestDatabase source = source()) {
            Path schema = dir.resolve("schema.sql");
            RoundTrip.dump(source, schema, DumpOptions.builder().profile(new SupabaseProfile()).schemaOnly(true));
            String s = Files.readString(schema);
            assertFalse(s.contains("FROM stdin;") || s.contains("session_replication_role"), "no rows");
            assertTrue(s.contains("CREATE TABLE public.profiles") && s.contains("CREATE TRIGGER on_auth_user_created"));
            assertPartsPresent(s);

            Path data = dir.resolve("data.sql");
            RoundTrip.dump(source, data, DumpOptions.builder().profile(new SupabaseProfile()).dataOnly(true));
            String d = Files.readString(data);
            assertTrue(d.contains("COPY auth.users (") && d.contains("COPY public.todos ("));
            assertFalse(d.contains("CREATE TABLE") || d.contains("CREATE TRIGGER") || d.contains("CREATE POLICY"),
                    "no definitions");
            assertPartsPresent(d);
        }
    }

    private static void assertPartsPresent(String script) {
        for (String part : List.of("PART 1: AUTH AND STORAGE DATA", "PART 2: PUBLIC SCHEMA (SCHEMA + DATA)",
                "PART 3: CUSTOMISATIONS OF PLATFORM TABLES")) {
            assertTrue(script.contains(part), part);
        }
    }

    @Test
    void dryRunSaysWhatIsDumpedAndWhatIsLeftOutAndWhy() throws Exception {
        try (TestDatabase source = source()) {
            DryRun run = Dump.dryRun(RoundTrip.dataSource(source), DumpOptions.builder()
                    .profile(new SupabaseProfile()).build());
            String report = run.render();
            assertTrue(names(run, Category.DATA_ONLY).containsAll(List.of("table auth.users", "table auth.identities",
                    "table storage.objects", "table storage.buckets")), report);
            assertTrue(names(run, Category.SCHEMA_AND_DATA).containsAll(List.of("schema public", "schema app",
                    "table public.profiles",
                    "table public.todos", "table app.settings")), report);
            assertTrue(names(run, Category.SCHEMA_ONLY).containsAll(List.of("table public.device_sessions",
                    "table public.device_notes")), report);
            assertTrue(names(run, Category.LEFT_OUT).containsAll(List.of("table auth.sessions",
                    "table auth.refresh_tokens", "table auth.mfa_amr_claims", "table auth.schema_migrations",
                    "table storage.migrations", "schema realtime", "schema vault", "schema extensions",
                    "schema supabase_migrations", "schema _platform_internal", "sequence auth.refresh_tokens_id_seq")),
                    report);
            assertTrue(report.contains("public.device_notes: foreign key device_notes_session_id_fkey references "
                    + "public.device_sessions, whose rows are not dumped"), report);
            assertTrue(report.contains("schema _platform_internal: owned by supabase_admin"), report);
            assertTrue(report.contains("table auth.session_devices: foreign key session_devices_session_id_fkey "
                    + "references auth.sessions, whose rows are not dumped"), report);
        }
    }

    @Test
    void excludeTableOptionsAdjustTheProfile() throws Exception {
        try (TestDatabase source = source()) {
            DryRun run = Dump.dryRun(RoundTrip.dataSource(source), DumpOptions.builder()
                    .profile(new SupabaseProfile())
                    .selection(new io.pgjdump.catalog.Selection(List.of(), List.of(), List.of(),
                            List.of(io.pgjdump.catalog.NamePattern.forRelation("auth.audit_log_entries")),
                            List.of(io.pgjdump.catalog.NamePattern.forRelation("public.todos"))))
                    .build());
            assertFalse(names(run, Category.DATA_ONLY).contains("table auth.audit_log_entries"), run.render());
            // without the todos' rows, the attachments pointing at them cannot load either
            assertTrue(names(run, Category.SCHEMA_ONLY).containsAll(List.of("table public.todos",
                    "table public.attachments")), run.render());
        }
    }

    @Test
    void missingPrivilegesAreReportedTogetherBeforeAnythingIsWritten() throws Exception {
        String role = "pgjdump_sb_reader_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        try (TestDatabase source = source()) {
            source.execute("CREATE ROLE " + role + " LOGIN;"
                    + "GRANT USAGE ON SCHEMA auth, storage, app TO " + role + ";"
                    + "GRANT SELECT ON ALL TABLES IN SCHEMA auth, storage, public, app TO " + role + ";"
                    + "REVOKE SELECT ON auth.users, public.todos FROM " + role + ";");
            try {
                PGSimpleDataSource ds = RoundTrip.dataSource(source);
                ds.setUser(role);
                ds.setPassword(null);
                Path file = dir.resolve("denied.sql");
                DumpException e = assertThrows(DumpException.class, () -> Dump.run(ds, DumpOptions.builder()
                        .output(file).profile(new SupabaseProfile()).build()));
                assertEquals("42501", e.sqlState());
                for (String object : List.of("table auth.users", "table public.todos", "sequence public.attachments_id_seq",
                        "sequence public.todos_id_seq")) {
                    assertTrue(e.getMessage().contains(object), e.getMessage());
                }
                assertFalse(e.getMessage().contains("auth.sessions"), "left-out tables need no privilege: " + e.getMessage());
                assertFalse(Files.exists(file));

                DryRun dry = Dump.dryRun(ds, DumpOptions.builder().profile(new SupabaseProfile()).build());
                assertTrue(dry.warnings().stream().anyMatch(w -> w.contains("table auth.users")), dry.render());
            } finally {
                source.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
            }
        }
    }

    private static List<String> names(DryRun run, Category category) {
        return run.in(category).stream().map(Decision::object).toList();
    }

    private TestDatabase source() throws SQLException {
        TestDatabase db = server.createDatabase();
        db.executeResource("supabase/platform.sql");
        db.executeResource("supabase/app.sql");
        db.executeResource("supabase/data.sql");
        return db;
    }

    private static void assertLeavesOutWhatItShould(String script) {
        assertFalse(script.contains("LEFTOUT"), "a row of a left-out table is in the file");
        for (String table : List.of("auth.sessions", "auth.refresh_tokens", "auth.mfa_amr_claims", "auth.one_time_tokens",
                "auth.session_devices",
                "auth.schema_migrations", "storage.migrations", "storage.s3_multipart_uploads", "realtime.", "vault.",
                "supabase_migrations.", "_platform_internal.", "public.device_sessions (", "public.device_notes (")) {
            assertFalse(script.contains("COPY " + table) || script.contains("INSERT INTO " + table), table);
        }
        for (String ddl : List.of("CREATE TABLE auth.", "CREATE TABLE storage.", "CREATE SCHEMA auth",
                "CREATE SCHEMA realtime", "CREATE TABLE realtime.", "CREATE SCHEMA extensions")) {
            assertFalse(script.contains(ddl), "platform DDL in the file: " + ddl);
        }
    }

    private static void assertPartsInOrder(String script) {
        int p1 = script.indexOf("PART 1: AUTH AND STORAGE DATA");
        int users = script.indexOf("COPY auth.users ");
        int p2 = script.indexOf("PART 2: PUBLIC SCHEMA (SCHEMA + DATA)");
        int profiles = script.indexOf("CREATE TABLE public.profiles");
        int p3 = script.indexOf("PART 3: CUSTOMISATIONS OF PLATFORM TABLES");
        assertTrue(p1 > 0 && p1 < users && users < p2 && p2 < profiles && profiles < p3, "parts out of order");
        assertTrue(script.indexOf("SET session_replication_role = replica;") > p1);
        assertTrue(script.contains("-- Profile: supabase"));
    }

    private static void assertCustomisations(Connection t) throws SQLException {
        assertEquals("on_auth_user_created", scalar(t, "SELECT string_agg(tgname, ',') FROM pg_trigger "
                + "WHERE tgrelid = 'auth.users'::regclass AND NOT tgisinternal"));
        assertEquals("3", scalar(t, "SELECT count(*) FROM pg_policies WHERE schemaname = 'storage'"));
        assertEquals("app.settings,public.todos", scalar(t, "SELECT string_agg(schemaname || '.' || tablename, ',' "
                + "ORDER BY schemaname, tablename) FROM pg_publication_tables WHERE pubname = 'supabase_realtime'"));
        assertEquals("2", scalar(t, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'storage.objects'::regclass "
                + "AND NOT tgisinternal"), "the platform's own storage triggers, not doubled");
    }

    static String content(Connection c, String table) throws SQLException {
        return scalar(c, "SELECT count(*) || ' ' || md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text COLLATE \"C\"), '')) FROM "
                + table + " r");
    }

    static String scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
