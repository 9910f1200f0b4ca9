package io.pgjdump.dump;

import io.pgjdump.catalog.Selection;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The foundation's acceptance: a pgbench database plus text, jsonb and bytea columns, -n public, psql replay. */
class PgbenchRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void pgbenchScaleOneRoundTrips() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            pgbenchInit(source);
            source.execute("""
                    CREATE TABLE public.documents (id bigserial PRIMARY KEY, body text, meta jsonb, blob bytea);
                    INSERT INTO public.documents (body, meta, blob)
                    SELECT 'doc ' || i || E'\\twith tab\\nand newline', jsonb_build_object('i', i, 'tags', jsonb_build_array('a', i)),
                           decode(md5(i::text) || md5((i * 7)::text), 'hex')
                    FROM generate_series(1, 5000) AS i;
                    """);
            Path file = dir.resolve("pgbench.sql");
            DumpResult result = RoundTrip.dump(source, file, DumpOptions.builder().selection(Selection.schemas("public")).jobs(2));
            assertEquals(100_000 + 10 + 1 + 5000, result.rows());
            RoundTrip.replayWithPsql(file, target);
            RoundTrip.assertSameDatabase(source, target);
        }
    }

    private static void pgbenchInit(TestDatabase db) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("pgbench", "-i", "-s", "1", "-q", "-h", db.server().host(),
                "-p", Integer.toString(db.server().port()), "-U", db.server().user(), db.name()).redirectErrorStream(true);
        if (db.server().password() != null) {
            pb.environment().put("PGPASSWORD", db.server().password());
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            Assumptions.abort("pgbench is not installed: " + e.getMessage());
            return;
        }
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("pgbench -i failed: " + out);
        }
    }
}
