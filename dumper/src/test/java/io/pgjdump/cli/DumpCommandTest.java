package io.pgjdump.cli;

import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dump command as a user meets it: options, exit codes, one-line errors, no file left on failure. */
class DumpCommandTest {

    private static final String PW_ROLE = "pgjdump_pw_test";
    private static final String RIGHT = "right-secret-4711";
    private static final String WRONG = "wrong-secret-0815";

    @TempDir
    Path dir;

    private final PgTestServer server = PgTestServer.get();

    @Test
    void unknownOptionPrintsOneErrorLineAndAHintAndExits2() {
        CliRun run = CliRun.inProcess("dump", "--no-such-option");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(List.of("pgjdump: error: Unknown option: '--no-such-option'",
                "Try \"pgjdump dump --help\" for more information."), run.errLines());
    }

    @Test
    void badOptionValueExits2() {
        CliRun run = CliRun.inProcess("dump", "-Z", "gzip:9", "-f", dir.resolve("x.sql").toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("pgjdump: error: unsupported compression \"gzip:9\""), run.err());
    }

    @Test
    void helpListsPgDumpsOptions() {
        CliRun run = CliRun.inProcess("dump", "--help");
        assertEquals(ExitCode.OK, run.exitCode());
        for (String flag : List.of("-h, --host", "-p, --port", "-U, --username", "-d, --dbname", "-f, --file",
                "-n, --schema", "-N, --exclude-schema", "-t, --table", "-T, --exclude-table", "-j, --jobs")) {
            assertTrue(run.out().contains(flag), "help lacks " + flag);
        }
    }

    @Test
    void dumpsThroughFlagsAndWritesOwnerOnlyFiles() throws Exception {
        try (TestDatabase db = server.createDatabase()) {
            db.execute("CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t VALUES (1, 'a'), (2, 'b');");
            Path file = dir.resolve("out.sql");
            CliRun run = CliRun.inProcess(connectionArgs(db.name(), "-f", file.toString(), "-n", "public"));
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertTrue(Files.readString(file).contains("COPY public.t (id, v) FROM stdin;\n1\ta\n2\tb\n\\.\n"));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void acceptsAPostgresqlUri() throws Exception {
        try (TestDatabase db = server.createDatabase()) {
            Path file = dir.resolve("uri.sql");
            String uri = "postgresql://" + server.user() + "@" + server.host() + ":" + server.port() + "/" + db.name();
            CliRun run = CliRun.childProcess(passwordEnv(), "dump", "-d", uri, "-f", file.toString(), "-q");
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertTrue(Files.exists(file));
            assertEquals("", run.err(), "-q prints nothing on success");
        }
    }

    @Test
    void unknownDatabaseFailsWithOneLineAndLeavesNoFile() {
        Path file = dir.resolve("never.sql");
        CliRun run = CliRun.inProcess(connectionArgs("pgjdump_no_such_db", "-f", file.toString()));
        assertEquals(ExitCode.FAILED, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("database \"pgjdump_no_such_db\" does not exist"), run.err());
        assertTrue(run.err().contains("SQLSTATE 3D000"), run.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void refusedConnectionNamesHostAndPort() {
        CliRun run = CliRun.inProcess("dump", "-h", "127.0.0.1", "-p", "1", "-U", "postgres", "-d", "x",
                "-f", dir.resolve("r.sql").toString());
        assertEquals(ExitCode.FAILED, run.exitCode());
        assertEquals(List.of("pgjdump: error: connection to server at \"127.0.0.1\", port 1 failed: connection refused; "
                + "is the server running on that host and accepting TCP/IP connections?"), run.errLines());
    }

    @Test
    void wrongPasswordFailsWithoutShowingIt() throws Exception {
        try (TestDatabase db = server.createDatabase()) {
            createPasswordRole();
            assumeServerAsksForPassword(db);
            Path file = dir.resolve("pw.sql");
            Map<String, String> env = new HashMap<>(Map.of("PGPASSWORD", WRONG));
            CliRun run = CliRun.childProcess(env, "dump", "-h", server.host(), "-p", Integer.toString(server.port()),
                    "-U", PW_ROLE, "-d", db.name(), "-f", file.toString());
            assertEquals(ExitCode.FAILED, run.exitCode());
            assertTrue(run.err().contains("password authentication failed for user \"" + PW_ROLE + "\""), run.err());
            assertTrue(run.err().contains("SQLSTATE 28P01"), run.err());
            assertFalse(run.err().contains(WRONG));
            assertFalse(Files.exists(file));

            // the right password from a password file works, and the manifest does not hold it
            Path pgpass = dir.resolve("pgpass");
            Files.writeString(pgpass, "*:*:*:" + PW_ROLE + ":" + RIGHT + "\n");
            Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
            CliRun ok = CliRun.childProcess(Map.of("PGPASSFILE", pgpass.toString(), "PGHOST", server.host(),
                    "PGPORT", Integer.toString(server.port()), "PGUSER", PW_ROLE, "PGDATABASE", db.name()),
                    "dump", "-f", file.toString());
            assertEquals(ExitCode.OK, ok.exitCode(), ok.err());
            assertFalse(Files.readString(dir.resolve("pw.sql.manifest.json")).contains(RIGHT));
        }
    }

    private void createPasswordRole() throws SQLException {
        try (Connection c = server.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN CREATE ROLE " + PW_ROLE + " LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            st.execute("ALTER ROLE " + PW_ROLE + " PASSWORD '" + RIGHT + "'");
        }
    }

    /** On a server that trusts every connection no password can be wrong: say so rather than pass. */
    private void assumeServerAsksForPassword(TestDatabase db) throws SQLException {
        var ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setServerNames(new String[] {server.host()});
        ds.setPortNumbers(new int[] {server.port()});
        ds.setDatabaseName(db.name());
        ds.setUser(PW_ROLE);
        ds.setPassword(WRONG);
        boolean rejected;
        try (Connection c = ds.getConnection()) {
            rejected = false;
        } catch (SQLException e) {
            rejected = "28P01".equals(e.getSQLState());
        }
        Assumptions.assumeTrue(rejected, "the server does not ask " + PW_ROLE + " for a password (scripts/test-server.sh sets that up)");
    }

    private String[] connectionArgs(String dbname, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("dump", "-h", server.host(), "-p",
                Integer.toString(server.port()), "-U", server.user(), "-d", dbname));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private Map<String, String> passwordEnv() {
        return server.password() == null ? Map.of() : Map.of("PGPASSWORD", server.password());
    }
}
