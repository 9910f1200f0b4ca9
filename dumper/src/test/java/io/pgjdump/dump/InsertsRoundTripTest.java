package io.pgjdump.dump;

import io.pgjdump.catalog.Selection;
import io.pgjdump.dump.data.RowFormat;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * --inserts turns COPY text into INSERT literals: the foundation fixture's rows (escapes, NULL vs
 * "\N" text, quotes, control characters, identity and generated columns) must come back exact.
 */
class InsertsRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "onConflictDoNothing={0}")
    @ValueSource(booleans = {false, true})
    void insertsRoundTripExactly(boolean onConflictDoNothing) throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            source.executeResource("roundtrip/foundation.sql");
            Path file = dir.resolve("inserts.sql");
            RoundTrip.dump(source, file, DumpOptions.builder().jobs(2).selection(Selection.schemas("public"))
                    .rows(RowFormat.inserts(onConflictDoNothing)));
            String script = Files.readString(file);
            assertFalse(script.contains("FROM stdin;"));
            assertTrue(script.contains("INSERT INTO "));
            RoundTrip.replayWithPsql(file, target);
            RoundTrip.assertSameDatabase(source, target);
        }
    }
}
