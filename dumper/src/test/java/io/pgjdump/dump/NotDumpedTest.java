package io.pgjdump.dump;

import io.pgjdump.catalog.NotDumped;
import io.pgjdump.catalog.Selection;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What pgjdump cannot represent is reported (result, warnings, manifest) and fails --strict. */
class NotDumpedTest {

    @TempDir
    Path dir;

    @Test
    void unsupportedObjectsAreReportedInResultAndManifest() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            db.executeResource("roundtrip/unsupported.sql");
            Path file = dir.resolve("dump.sql");
            DumpResult result = RoundTrip.dump(db, file, DumpOptions.builder());
            Set<String> reported = result.notDumped().stream().map(NotDumped::describe)
                    .map(d -> d.substring(0, d.indexOf(": "))).collect(Collectors.toSet());
            assertEquals(Set.of(
                    "FOREIGN TABLE public.Foreign \"T\"",
                    "TABLE public.other_am (USING pgjb_heap2)",
                    "TABLE public.typed (OF public.pgjb_pair)",
                    "COLUMN public.plain.a (SET STATISTICS 200, SET (n_distinct=5))",
                    "OPERATOR public.===(integer, integer)",
                    "ACCESS METHOD pgjb_heap2"),
                    reported.stream().filter(r -> !r.startsWith("LARGE OBJECT")).collect(Collectors.toSet()));
            assertTrue(reported.stream().anyMatch(r -> r.startsWith("LARGE OBJECT 1 large object(s)")), reported::toString);
            assertTrue(result.warnings().stream().anyMatch(w -> w.contains("FOREIGN TABLE public.Foreign \"T\"")),
                    "each one is also a warning");
            String manifest = Files.readString(dir.resolve("dump.sql.manifest.json"));
            assertTrue(manifest.contains("\"kind\" : \"FOREIGN TABLE\""), manifest);
            assertTrue(manifest.contains("Foreign \\\"T\\\""), manifest);
            assertTrue(manifest.contains("\"kind\" : \"LARGE OBJECT\""), manifest);
        }
    }

    @Test
    void strictFailsNamingTheObjectAndWritesNothing() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            db.executeResource("roundtrip/unsupported.sql");
            Path file = dir.resolve("strict.sql");
            DumpException e = assertThrows(DumpException.class,
                    () -> RoundTrip.dump(db, file, DumpOptions.builder().strict(true)));
            assertTrue(e.getMessage().contains("--strict"), e.getMessage());
            assertTrue(e.getMessage().contains("FOREIGN TABLE public.Foreign \"T\""), e.getMessage());
            assertFalse(Files.exists(file), "nothing is written when --strict refuses");
        }
    }

    @Test
    void schemaSelectionReportsOnlyWhatItWouldHaveDumped() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            db.executeResource("roundtrip/unsupported.sql");
            db.execute("CREATE SCHEMA other; CREATE TABLE other.t (a integer);");
            DumpResult publicOnly = RoundTrip.dump(db, dir.resolve("public.sql"),
                    DumpOptions.builder().selection(Selection.schemas("public")));
            List<String> kinds = publicOnly.notDumped().stream().map(NotDumped::kind).sorted().toList();
            assertEquals(List.of("COLUMN", "FOREIGN TABLE", "OPERATOR", "TABLE", "TABLE"), kinds,
                    "-n leaves database-wide objects (large objects, access methods) out, as pg_dump does");
            DumpResult other = RoundTrip.dump(db, dir.resolve("other.sql"),
                    DumpOptions.builder().strict(true).selection(Selection.schemas("other")));
            assertTrue(other.notDumped().isEmpty(), () -> "nothing unsupported in schema other: " + other.notDumped());
        }
    }
}
