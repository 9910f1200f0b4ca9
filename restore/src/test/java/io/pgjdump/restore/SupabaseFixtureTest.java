package io.pgjdump.restore;

import io.pgjdump.testing.PgDump;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.Psql;
import io.pgjdump.testing.SharedSupabaseFixture;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The Supabase-shaped database beside the repository (../shared/fixtures/supabase: roles, RLS
 * policies, extensions, grants, event triggers), dumped by pg_dump and restored twice: by psql,
 * the reference, and by Restore.run with three jobs. Both targets must dump identically. A clone
 * without that folder skips this test and says so.
 */
class SupabaseFixtureTest {

    @TempDir
    Path dir;

    @Test
    void restoresLikePsql() throws Exception {
        Path fixture = SharedSupabaseFixture.assumePresent();
        // its README: "runs on vanilla PostgreSQL 15 or 17" (it grants pg_read_all_data, new in 14)
        PgTestServer.get().assumeAtLeast(150000, "the shared Supabase fixture");
        PgDump.assumeCanDump(PgTestServer.get());
        Psql.assumeAvailable();
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase byPsql = PgTestServer.get().createDatabase();
             TestDatabase byUs = PgTestServer.get().createDatabase()) {
            SharedSupabaseFixture.load(fixture, source);
            Path file = dir.resolve("supabase.sql");
            Sources.pgDump(source, file);
            Psql.replay(byPsql, file);
            RestoreResult r = Restore.run(Targets.dataSource(byUs), RestoreOptions.file(file).withJobs(3));
            assertFalse(r.failed(), () -> r.failures().toString());
            Path a = dir.resolve("by-psql.sql");
            Path b = dir.resolve("by-us.sql");
            Sources.pgDump(byPsql, a);
            Sources.pgDump(byUs, b);
            assertEquals(withoutRestrictKeys(a), withoutRestrictKeys(b));
        }
    }

    /** pg_dump's \restrict key is random per run. */
    private static String withoutRestrictKeys(Path p) throws Exception {
        return Files.readString(p).replaceAll("(?m)^\\\\(un)?restrict .*$", "");
    }
}
