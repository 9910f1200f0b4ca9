package io.pgjdump.dump;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgjdump.catalog.Selection;
import io.pgjdump.restore.verify.RowDigest;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manifest says what the dump holds and how it went, and never carries a password. */
class ManifestContentTest {

    @TempDir
    Path dir;

    @Test
    void manifestHasEverySectionAndNoPassword() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase()) {
            source.execute("""
                    CREATE TABLE public.t (id integer PRIMARY KEY, name text);
                    INSERT INTO public.t SELECT i, 'n' || i FROM generate_series(1, 100) i;
                    CREATE TABLE public.empty (id integer);
                    """);
            Path file = dir.resolve("m.sql");
            DumpResult result = RoundTrip.dump(source, file, DumpOptions.builder().jobs(2)
                    .selection(Selection.schemas("public"))
                    .setting("host", "127.0.0.1").setting("password", "s3cret-value").setting("PGPASSWORD", "s3cret-value"));
            String text = Files.readString(dir.resolve("m.sql.manifest.json"));
            assertFalse(text.contains("s3cret-value"), text);
            JsonNode m = new ObjectMapper().readTree(text);
            assertEquals("pgjdump", m.get("tool").asText());
            assertEquals(Dump.VERSION, m.get("toolVersion").asText());
            assertEquals(result.serverVersion(), m.get("serverVersion").asText());
            assertEquals(source.name(), m.get("database").asText());
            assertTrue(m.get("started").asText().compareTo(m.get("finished").asText()) <= 0);
            assertEquals("complete", m.get("status").asText());
            assertEquals(2, m.get("options").get("jobs").asInt());
            assertEquals("none", m.get("options").get("compress").asText());
            assertEquals("127.0.0.1", m.get("options").get("host").asText());
            assertEquals(Files.size(file), m.get("output").get("bytes").asLong());
            assertEquals(result.sha256(), m.get("output").get("sha256").asText());
            assertEquals(RowDigest.ALGORITHM, m.get("rowDigest").asText());
            assertTrue(m.get("notDumped").isArray());
            JsonNode tables = m.get("tables");
            assertEquals(2, tables.size());
            JsonNode t = tables.get(0);
            assertEquals("t", t.get("name").asText(), "largest first");
            assertEquals(100, t.get("rows").asLong());
            assertTrue(t.get("rowBytes").asLong() > 0);
            assertTrue(t.has("seconds"));
            assertEquals(32, t.get("digest").asText().length());
            assertEquals(0, tables.get(1).get("rows").asLong());
            assertEquals(new RowDigest().hex(), tables.get(1).get("digest").asText(), "empty table: zero digest");
        }
    }
}
