package io.pgjdump.dump;

import io.pgjdump.testing.PgDump;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The strongest check of the catalog: after our dump is replayed, pg_dump itself cannot tell the
 * source from the copy. Comment lines are dropped (they carry nothing but names and the dump's
 * own header), and so are the restrict/unrestrict meta-command lines, whose key is random per run.
 */
class PgDumpAgreementTest {

    @TempDir
    Path dir;

    @Test
    void pgDumpSeesNoDifferenceAfterTheRoundTrip() throws Exception {
        String pgDump = PgDump.assumeCanDump(PgTestServer.get());
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            source.executeResource("roundtrip/foundation.sql");
            SchemaObjectsRoundTripTest.load(source);
            Path file = dir.resolve("dump.sql");
            RoundTrip.dump(source, file, DumpOptions.builder());
            RoundTrip.replayWithPsql(file, target);
            assertEquals(schemaOf(pgDump, source), schemaOf(pgDump, target), "pg_dump --schema-only differs after the round trip");
        }
    }

    private static String schemaOf(String pgDump, TestDatabase db) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(pgDump, "--schema-only", "-h", db.server().host(),
                "-p", Integer.toString(db.server().port()), "-U", db.server().user(), "-d", db.name()));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (db.server().password() != null) {
            pb.environment().put("PGPASSWORD", db.server().password());
        }
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("pg_dump failed for database " + db.name());
        }
        return out.lines()
                .filter(l -> !l.startsWith("--"))
                .filter(l -> !l.startsWith("\\restrict") && !l.startsWith("\\unrestrict"))
                .collect(Collectors.joining("\n"));
    }
}
