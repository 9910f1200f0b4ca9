package io.pgjdump.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** libpq's resolution order, the password file and URI parsing, without a server. */
class ConnectionSpecTest {

    @TempDir
    Path home;

    private final List<String> warnings = new ArrayList<>();

    private ConnectionSpec resolve(String host, Integer port, String user, String db, Map<String, String> env) {
        return ConnectionSpec.resolve(new ConnectionSpec.Inputs(host, port, user, db, null, env, home), warnings::add);
    }

    @Test
    void environmentFillsWhatFlagsLeaveOpen() {
        ConnectionSpec s = resolve(null, null, null, null,
                Map.of("PGHOST", "db.example", "PGPORT", "6543", "PGUSER", "alice", "PGDATABASE", "shop"));
        assertEquals("db.example", s.host());
        assertEquals(6543, s.port());
        assertEquals("alice", s.user());
        assertEquals("shop", s.database());
    }

    @Test
    void flagsBeatEnvironmentAndDatabaseDefaultsToUser() {
        ConnectionSpec s = resolve("h", 5433, "bob", null, Map.of("PGHOST", "other", "PGUSER", "alice"));
        assertEquals("h", s.host());
        assertEquals(5433, s.port());
        assertEquals("bob", s.database());
    }

    @Test
    void uriGivesEverythingIncludingPercentEncodedPassword() {
        ConnectionSpec s = resolve(null, null, null,
                "postgresql://postgres.abcdef:p%40ss%3Aword@aws-0-eu.pooler.supabase.com:6543/postgres?sslmode=require",
                Map.of("PGPASSWORD", "from-env"));
        assertEquals("aws-0-eu.pooler.supabase.com", s.host());
        assertEquals(6543, s.port());
        assertEquals("postgres.abcdef", s.user());
        assertEquals("postgres", s.database());
        assertEquals("p@ss:word", s.password());
        assertEquals("require", s.params().get("sslmode"));
        assertFalse(s.toString().contains("p@ss"), "toString never shows the password");
    }

    @Test
    void conninfoStringIsExpanded() {
        ConnectionSpec s = resolve(null, null, null, "host=h1 port=7000 dbname='my db' user=u", Map.of());
        assertEquals("h1", s.host());
        assertEquals(7000, s.port());
        assertEquals("my db", s.database());
    }

    @Test
    void passwordFileMatchesWithWildcardsAndEscapes() throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "# comment\nother:5432:*:u:nope\nh:5432:d\\:b:u:pa\\:ss\n*:*:*:u:fallback\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        assertEquals("pa:ss", resolve("h", 5432, "u", "d:b", Map.of()).password());
        assertEquals("fallback", resolve("h", 5432, "u", "x", Map.of()).password());
        assertEquals("env", resolve("h", 5432, "u", "x", Map.of("PGPASSWORD", "env")).password());
    }

    @Test
    void worldReadablePasswordFileIsIgnoredWithAWarning() throws Exception {
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "*:*:*:*:secret\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        assertNull(resolve("h", 5432, "u", "d", Map.of()).password());
        assertTrue(warnings.get(0).contains("group or world access"), warnings.toString());
    }
}
