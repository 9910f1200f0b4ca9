package io.pgjdump.cli;

import io.pgjdump.testing.PgTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each way a first connection fails gets one line of its own that says what to do. The real ones
 * run against the local server and loopback only; the ones that need a network this machine must
 * not use (an IPv6-only host, Supabase's pooler) are checked on the exception pgjdbc throws.
 */
class ConnectionFailuresTest {

    @TempDir
    Path dir;

    private final PgTestServer server = PgTestServer.get();

    @Test
    void closedPortIsConnectionRefused() {
        CliRun run = dump("-h", "127.0.0.1", "-p", "1", "-U", "postgres", "-d", "x");
        assertEquals(ExitCode.FAILED, run.exitCode());
        assertEquals(List.of("pgjdump: error: connection to server at \"127.0.0.1\", port 1 failed: connection refused; "
                + "is the server running on that host and accepting TCP/IP connections?"), run.errLines());
    }

    @Test
    void unresolvableHostIsADnsFailure() {
        CliRun run = dump("-h", "no-such-host.invalid", "-p", "5432", "-U", "postgres", "-d", "x");
        assertEquals(ExitCode.FAILED, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("pgjdump: error: could not translate host name \"no-such-host.invalid\" to address"),
                run.err());
    }

    @Test
    void sslRequiredAgainstAServerWithoutSsl() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(serverHasSsl(), "the test server accepts SSL");
        CliRun run = CliRun.childProcess(passwordEnv(Map.of("PGSSLMODE", "require")), "dump", "-h", server.host(),
                "-p", Integer.toString(server.port()), "-U", server.user(), "-d", "postgres",
                "-f", dir.resolve("ssl.sql").toString());
        assertEquals(ExitCode.FAILED, run.exitCode());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("the server does not support SSL, but sslmode=require requires it"), run.err());
        assertFalse(Files.exists(dir.resolve("ssl.sql")));
    }

    @Test
    void sslmodePreferFallsBackAsLibpqDoes() throws Exception {
        Path file = dir.resolve("prefer.sql");
        String uri = "postgresql://" + server.user() + "@" + server.host() + ":" + server.port() + "/postgres?sslmode=prefer";
        CliRun run = CliRun.childProcess(passwordEnv(Map.of()), "dump", "-d", uri, "-s", "-q", "-f", file.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
    }

    @Test
    void unknownSslmodeIsAUsageError() {
        CliRun run = dump("-d", "host=127.0.0.1 port=1 dbname=x sslmode=requir");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("pgjdump: error: invalid sslmode value: \"requir\""), run.err());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Network is unreachable", "Protocol family unavailable"})
    void ipv6OnlyHostWithoutAnIpv6RouteSuggestsThePooler(String systemText) {
        ConnectionSpec spec = spec("2001:db8::1", 5432, "postgres");
        PSQLException e = new PSQLException("The connection attempt failed.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new SocketException(systemText));
        String line = Failures.connection(e, spec);
        assertTrue(line.startsWith("connection to server at \"2001:db8::1\", port 5432 failed: the host has only IPv6"
                + " addresses and this machine cannot reach IPv6"), line);
        assertTrue(line.contains("pooler") && line.contains("postgres.<project-ref>"), line);
        assertFalse(line.contains("\n"));
    }

    @Test
    void poolerWithoutTheProjectRefInTheUserName() {
        PSQLException e = new PSQLException("FATAL: Tenant or user not found", PSQLState.UNKNOWN_STATE);
        String line = Failures.connection(e, spec("aws-0-eu-central-1.pooler.supabase.com", 6543, "postgres"));
        assertTrue(line.contains("the pooler does not know user \"postgres\"; Supabase's pooler expects the user as"
                + " postgres.<project-ref>"), line);
    }

    @Test
    void serverThatAcceptsOnlySsl() {
        PSQLException e = new PSQLException("FATAL: no pg_hba.conf entry for host \"10.0.0.1\", user \"postgres\", "
                + "database \"postgres\", no encryption", PSQLState.INVALID_AUTHORIZATION_SPECIFICATION);
        String line = Failures.connection(e, spec("db.example.com", 5432, "postgres"));
        assertTrue(line.endsWith("the server accepts only SSL connections and sslmode=prefer did not use SSL; use "
                + "sslmode=require (or verify-full with sslrootcert) (SQLSTATE 28000)"), line);
    }

    @Test
    void wrongPasswordNamesTheUserNotThePassword() {
        PSQLException e = new PSQLException("FATAL: password authentication failed for user \"postgres.abc\"",
                PSQLState.INVALID_PASSWORD);
        String line = Failures.connection(e, spec("aws-0-eu-central-1.pooler.supabase.com", 6543, "postgres.abc"));
        assertTrue(line.contains("password authentication failed for user \"postgres.abc\"; check the password"), line);
        assertTrue(line.endsWith("(SQLSTATE 28P01)"), line);
    }

    private static ConnectionSpec spec(String host, int port, String user) {
        return new ConnectionSpec(host, port, "postgres", user, "secret-never-shown", Map.of());
    }

    private boolean serverHasSsl() throws Exception {
        try (var c = server.connect("postgres"); var st = c.createStatement(); var rs = st.executeQuery("SHOW ssl")) {
            rs.next();
            return rs.getString(1).equals("on");
        }
    }

    private CliRun dump(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("dump"));
        all.addAll(List.of(args));
        all.addAll(List.of("-f", dir.resolve("never.sql").toString()));
        return CliRun.inProcess(all.toArray(String[]::new));
    }

    private Map<String, String> passwordEnv(Map<String, String> more) {
        Map<String, String> env = new java.util.HashMap<>(more);
        if (server.password() != null) {
            env.put("PGPASSWORD", server.password());
        }
        return env;
    }
}
