package io.pgjdump.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixture itself: the URLs scripts/pg-versions.sh prints, and the version the suite really talks to. */
class PgTestServerTest {

    @Test
    void readsTheUrlsOfTheVersionScript() {
        PgTestServer s = PgTestServer.fromUri("postgresql://postgres@127.0.0.1:5417/postgres", "test");
        assertEquals("127.0.0.1", s.host());
        assertEquals(5417, s.port());
        assertEquals("postgres", s.user());
        assertNull(s.password());
        assertEquals("jdbc:postgresql://127.0.0.1:5417/some_db", s.jdbcUrl("some_db"));
    }

    @Test
    void readsPasswordAndJdbcPrefixAndDefaults() {
        PgTestServer s = PgTestServer.fromUri("jdbc:postgresql://app:s3cret@db.internal/appdb", "test");
        assertEquals("db.internal", s.host());
        assertEquals(5432, s.port());
        assertEquals("app", s.user());
        assertEquals("s3cret", s.password());
    }

    @Test
    void versionNumberIsTheServers() throws Exception {
        PgTestServer server = PgTestServer.get();
        try (Connection c = server.connect("postgres"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('server_version')")) {
            rs.next();
            String text = rs.getString(1);
            assertTrue(text.startsWith(server.serverMajorVersion() + "."), text + " vs " + server.serverVersionNum());
        }
    }

    /** scripts/test.sh names the version each run is for: a run must not quietly test another server. */
    @Test
    void serverIsTheVersionTheRunIsFor() throws Exception {
        String expected = System.getenv("PGJDUMP_EXPECT_MAJOR");
        Assumptions.assumeTrue(expected != null && !expected.isBlank(),
                "PGJDUMP_EXPECT_MAJOR is not set (scripts/test.sh sets it for each version it runs)");
        assertEquals(Integer.parseInt(expected.trim()), PgTestServer.get().serverMajorVersion(),
                "the server at " + PgTestServer.get().origin());
    }

    @Test
    void pgDumpIsUsedOnlyWhereItCanDumpTheServer() throws Exception {
        assertTrue(PgDump.forServerMajor(Integer.MAX_VALUE).isEmpty(), "no pg_dump dumps every future server");
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            db.execute("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (42);");
            String script = PgDump.dump(db, "--no-owner");
            assertTrue(script.contains("CREATE TABLE public.t"), script);
            assertTrue(script.contains("\n42\n"), script);
        }
    }
}
