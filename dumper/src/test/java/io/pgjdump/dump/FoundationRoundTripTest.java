package io.pgjdump.dump;

import io.pgjdump.catalog.Selection;
import io.pgjdump.dump.output.Compression;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables with every column property, sequences, keys, checks, foreign keys, indexes and the rows
 * that break naive COPY handling: dumped, replayed with psql into an empty database, compared.
 */
class FoundationRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "jobs={0} compress={1}")
    @CsvSource({"1, none", "3, none", "2, zstd:3"})
    void roundTripIsExact(int jobs, String compress) throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            source.executeResource("roundtrip/foundation.sql");
            Path file = dir.resolve("dump.sql");
            DumpResult result = RoundTrip.dump(source, file, DumpOptions.builder()
                    .jobs(jobs).compression(Compression.parse(compress)).selection(Selection.schemas("public")));
            assertTrue(result.rows() > 0);
            RoundTrip.replayWithPsql(file, target);
            RoundTrip.assertSameDatabase(source, target);
        }
    }

    @Test
    void checksumSidecarMatchesTheFileAndFilesAreOwnerOnly() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase()) {
            source.executeResource("roundtrip/foundation.sql");
            Path file = dir.resolve("dump.sql");
            DumpResult result = RoundTrip.dump(source, file, DumpOptions.builder());
            String sidecar = Files.readString(dir.resolve("dump.sql.sha256"));
            String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
            assertEquals(actual + "  dump.sql\n", sidecar);
            assertEquals(actual, result.sha256());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertTrue(Files.readString(dir.resolve("dump.sql.manifest.json")).contains("\"status\" : \"complete\""));
            try (var files = Files.list(dir)) {
                assertEquals(3, files.count(), "only the file and its two sidecars: no partial file left behind");
            }
        }
    }

    @Test
    void sameDatabaseGivesSameFileApartFromTheStartTime() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase()) {
            source.executeResource("roundtrip/foundation.sql");
            Path a = dir.resolve("a.sql");
            Path b = dir.resolve("b.sql");
            RoundTrip.dump(source, a, DumpOptions.builder().jobs(1));
            RoundTrip.dump(source, b, DumpOptions.builder().jobs(3));
            assertEquals(withoutStartTime(a), withoutStartTime(b));
        }
    }

    private static String withoutStartTime(Path p) throws java.io.IOException {
        return Files.readString(p).replaceFirst("-- Started at .*\n", "");
    }
}
