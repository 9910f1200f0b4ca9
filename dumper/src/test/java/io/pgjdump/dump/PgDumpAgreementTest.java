package io.pgjdump.dump;

import io.pgjdump.testing.PgDump;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The strongest check of the catalog: after our dump is replayed, pg_dump itself cannot tell the
 * source from the copy. Comment lines are dropped (they carry nothing but names and the dump's
 * own header), and so are the restrict/unrestrict meta-command lines, whose key is random per run.
 * Runs wherever an installed pg_dump can dump the server under test (15's dumps 13 to 15).
 */
class PgDumpAgreementTest {

    @TempDir
    Path dir;

    @Test
    void pgDumpSeesNoDifferenceAfterTheRoundTrip() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            PgDump.assumeCanDump(source.server());
            source.executeResource("roundtrip/foundation.sql");
            SchemaObjectsRoundTripTest.load(source);
            Path file = dir.resolve("dump.sql");
            RoundTrip.dump(source, file, DumpOptions.builder());
            RoundTrip.replayWithPsql(file, target);
            assertEquals(schemaOf(source), schemaOf(target), "pg_dump --schema-only differs after the round trip");
        }
    }

    private static String schemaOf(TestDatabase db) throws Exception {
        return PgDump.dump(db, "--schema-only").lines()
                .filter(l -> !l.startsWith("--"))
                .filter(l -> !l.startsWith("\\restrict") && !l.startsWith("\\unrestrict"))
                .collect(Collectors.joining("\n"));
    }
}
