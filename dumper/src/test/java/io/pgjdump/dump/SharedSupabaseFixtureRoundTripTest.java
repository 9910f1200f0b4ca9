package io.pgjdump.dump;

import io.pgjdump.testing.Psql;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
        Path fixture = locate();
        Assumptions.assumeTrue(fixture != null, "../shared/fixtures/supabase is not beside this checkout");
        Psql.assumeAvailable();
        PgTestServer.get().assumeAtLeast(150000, "the shared fixture (views WITH (security_invoker))");
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            load(fixture, source);
            Path file = dir.resolve("supabase.sql");
            RoundTrip.dump(source, file, DumpOptions.builder().jobs(2));
            RoundTrip.replayWithPsql(file, target);
            RoundTrip.assertSameDatabase(source, target);
        }
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/fixtures/supabase/load.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate.getParent();
            }
        }
        return null;
    }

    private static void load(Path fixture, TestDatabase db) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", fixture.resolve("load.sh").toString(), db.name(),
                "-h", db.server().host(), "-p", Integer.toString(db.server().port()), "-U", db.server().user())
                .redirectErrorStream(true);
        if (db.server().password() != null) {
            pb.environment().put("PGPASSWORD", db.server().password());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("loading the shared Supabase fixture failed:\n" + out);
        }
    }
}
