package io.pgjdump.dump;

import io.pgjdump.catalog.Selection;
import io.pgjdump.dump.data.DataPump;
import io.pgjdump.dump.data.TaskPlanner;
import io.pgjdump.dump.output.Compression;
import io.pgjdump.restore.CheckResult;
import io.pgjdump.restore.Restore;
import io.pgjdump.restore.RestoreOptions;
import io.pgjdump.restore.RestoreResult;
import io.pgjdump.restore.verify.CheckLine;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * restore --check: the digests the dump writes into the script (one comment per table, after its
 * last COPY block, even when the table was read in several ranges by several workers) equal the
 * restored tables read back; a changed row is reported for exactly its table; a file without
 * digests fails the check.
 */
class RestoreCheckTest {

    @TempDir
    Path dir;

    @Test
    void restoredTablesMatchTheirDigestsAndATamperedOneIsReported() throws Exception {
        Assumptions.assumeTrue(PgTestServer.get().serverVersionNum() >= 140000,
                "ctid range splits need TID range scans (PostgreSQL 14)");
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            source.executeResource("roundtrip/foundation.sql");
            String odd = "\"odd \"\"schema\"\".x\".\"ta ble.\"\"q\"\"\"";
            source.execute("CREATE SCHEMA \"odd \"\"schema\"\".x\";"
                    + "CREATE TABLE " + odd + " (id integer PRIMARY KEY, note text,"
                    + " twice integer GENERATED ALWAYS AS (id * 2) STORED, at timestamptz);"
                    + "INSERT INTO " + odd + " (id, note, at) SELECT i, E'row\\t' || md5(i::text),"
                    + " '2024-03-01 12:00+02'::timestamptz + i * interval '1 min' FROM generate_series(1, 5000) i;"
                    + "ANALYZE;");
            Path file = dir.resolve("db.sql.zst");
            DumpOptions options = DumpOptions.builder().output(file).jobs(2).compression(Compression.parse("zstd:1"))
                    .selection(Selection.all()).build();
            DumpResult dumped = Dump.run(RoundTrip.dataSource(source), options,
                    new TaskPlanner(64 << 10, 16 << 10), new DataPump.Settings(2, 8 << 10, 2, 32 << 10));
            TableStats oddStats = dumped.tables().stream().filter(t -> t.name().startsWith("ta ble")).findFirst()
                    .orElseThrow();
            assertTrue(oddStats.parts() > 1, "the odd table was split, parts: " + oddStats.parts());

            RestoreResult restored = Restore.run(RoundTrip.dataSource(target),
                    RestoreOptions.file(file).withJobs(2).withCheck(true));
            CheckResult check = restored.check();
            assertNotNull(check);
            assertEquals(dumped.tables().size(), check.tables(), "one check per dumped table");
            assertEquals(List.of(), check.mismatches());
            assertFalse(restored.checkFailed());

            target.execute("UPDATE public.tricky SET t = coalesce(t, '') || ' tampered' WHERE id = (SELECT min(id) FROM public.tricky)");
            CheckResult tampered = Restore.check(RoundTrip.dataSource(target), RestoreOptions.file(file));
            assertEquals(1, tampered.mismatches().size(), tampered.mismatches().toString());
            CheckResult.Mismatch m = tampered.mismatches().get(0);
            assertEquals("public.tricky", m.table());
            assertTrue(m.describe().startsWith("table public.tricky: expected "), m.describe());
            assertTrue(tampered.failed());

            target.execute("DELETE FROM " + odd + " WHERE id = 4000");
            List<String> differing = Restore.check(RoundTrip.dataSource(target), RestoreOptions.file(file))
                    .mismatches().stream().map(CheckResult.Mismatch::table).toList();
            assertEquals(List.of("odd \"schema\".x.ta ble.\"q\"", "public.tricky"), differing.stream().sorted().toList());
        }
    }

    @Test
    void theDigestCommentFollowsTheTablesLastCopyBlock() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase()) {
            source.execute("CREATE TABLE public.t (id integer); INSERT INTO public.t VALUES (1), (2);");
            Path file = dir.resolve("t.sql");
            Dump.run(RoundTrip.dataSource(source), DumpOptions.builder().output(file).build());
            String script = Files.readString(file);
            int at = script.indexOf(CheckLine.PREFIX);
            assertTrue(at > 0, script);
            assertTrue(script.substring(0, at).endsWith("1\n2\n\\.\n\n"), script);
            String line = script.substring(at, script.indexOf('\n', at));
            CheckLine parsed = CheckLine.parse(line);
            assertEquals(2, parsed.rows());
            assertEquals(List.of("id"), parsed.columns());
        }
    }

    @Test
    void aFileWithoutDigestsFailsTheCheck() throws Exception {
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            Path file = Files.writeString(dir.resolve("plain.sql"), "CREATE TABLE t (id int);\nCOPY t FROM stdin;\n1\n\\.\n");
            RestoreResult r = Restore.run(RoundTrip.dataSource(target), RestoreOptions.file(file).withCheck(true));
            assertTrue(r.check().noDigests());
            assertTrue(r.checkFailed());
            assertFalse(r.failed(), "the restore itself went fine");
        }
    }
}
