package io.pgjdump.dump;

import io.pgjdump.testing.Psql;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.SharedSupabaseFixture;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * The Supabase-shaped database kept beside the repository (../shared/fixtures/supabase), every
 * schema of it, dumped whole and replayed into an empty database. A clone without that folder
 * skips this test and says so; the project's own fixtures cover the same kinds.
 */
class SharedSupabaseFixtureRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void wholeFixtureRoundTrips() throws Exception {
        Path fixture = SharedSupabaseFixture.assumePresent();
        Psql.assumeAvailable();
        PgTestServer.get().assumeAtLeast(150000, "the shared fixture (views WITH (security_invoker))");
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            SharedSupabaseFixture.load(fixture, source);
            Path file = dir.resolve("supabase.sql");
            RoundTrip.dump(source, file, DumpOptions.builder().jobs(2));
            RoundTrip.replayWithPsql(file, target);
            RoundTrip.assertSameDatabase(source, target);
        }
    }
}
