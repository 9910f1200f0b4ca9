package io.pgjdump.cli;

import io.pgjdump.dump.RoundTrip;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.Psql;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Supabase's pooler in transaction mode hands each transaction whatever server connection is free,
 * with whatever session state an earlier client left on it. A PgBouncer in transaction mode with
 * deliberately polluted server sessions stands in for it: the profile dump taken through it must
 * restore exactly what a direct dump restores. Skipped, visibly, where PgBouncer is not installed.
 */
class TransactionPoolerTest {

    @Test
    void profileDumpThroughATransactionPoolerIsExact() throws Exception {
        Path bin = Path.of("/usr/sbin/pgbouncer");
        Assumptions.assumeTrue(Files.isExecutable(bin), "PgBouncer is not installed (apt-get install pgbouncer)");
        Psql.assumeAvailable();
        PgTestServer server = PgTestServer.get();
        Assumptions.assumeTrue(server.password() == null, "the bouncer here trusts; the test server wants a password");
        Path work = Files.createTempDirectory("pgjdump-bouncer");
        // PgBouncer runs as postgres when the tests run as root; it only needs to read its files here
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (TestDatabase source = server.createDatabase(); TestDatabase direct = server.createDatabase();
             TestDatabase pooled = server.createDatabase()) {
            for (TestDatabase db : List.of(source, direct, pooled)) {
                db.executeResource("supabase/platform.sql");
            }
            source.executeResource("supabase/app.sql");
            source.executeResource("supabase/data.sql");
            int port = freePort();
            Process bouncer = startBouncer(bin, work, server, source.name(), port);
            try {
                pollute(port, source.name());
                Path viaPooler = work.resolve("pooled.sql");
                CliRun run = CliRun.inProcess("dump", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U",
                        server.user(), "-d", source.name(), "--profile", "supabase", "-j", "2", "-q",
                        "-f", viaPooler.toString());
                assertEquals(ExitCode.OK, run.exitCode(), run.err());
                Path viaServer = work.resolve("direct.sql");
                run = CliRun.inProcess("dump", "-h", server.host(), "-p", Integer.toString(server.port()), "-U",
                        server.user(), "-d", source.name(), "--profile", "supabase", "-q", "-f", viaServer.toString());
                assertEquals(ExitCode.OK, run.exitCode(), run.err());
                assertEquals(withoutStartTime(viaServer), withoutStartTime(viaPooler),
                        "the pooled dump is the direct dump, whatever the server sessions carried");
                RoundTrip.replayWithPsql(viaPooler, pooled);
                RoundTrip.replayWithPsql(viaServer, direct);
                RoundTrip.assertSameDatabase(direct, pooled);
            } finally {
                bouncer.destroy();
                if (!bouncer.waitFor(30, TimeUnit.SECONDS)) {
                    bouncer.destroyForcibly();
                }
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Leaves session settings on the bouncer's server connections that would change COPY text and
     * names (DateStyle and TimeZone are not among them: PgBouncer restores those per client).
     */
    private static void pollute(int port, String db) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "postgres");
        props.setProperty("prepareThreshold", "0");
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + db, props);
                held.add(c);
                try (Statement st = c.createStatement()) {
                    st.execute("SET search_path = auth, storage, public");
                    st.execute("SET IntervalStyle = sql_standard");
                    st.execute("SET extra_float_digits = 0");
                    st.execute("SET bytea_output = escape");
                    st.execute("SET row_security = on");
                }
            }
        } finally {
            for (Connection c : held) {
                c.close();
            }
        }
    }

    private static Process startBouncer(Path bin, Path work, PgTestServer server, String db, int port)
            throws IOException, InterruptedException {
        Path users = work.resolve("users.txt");
        Files.writeString(users, "\"" + server.user() + "\" \"\"\n");
        Path ini = work.resolve("pgbouncer.ini");
        Files.writeString(ini, """
                [databases]
                %s = host=%s port=%d
                [pgbouncer]
                listen_addr = 127.0.0.1
                listen_port = %d
                unix_socket_dir =
                auth_type = trust
                auth_file = %s
                pool_mode = transaction
                default_pool_size = 3
                server_reset_query =
                ignore_startup_parameters = extra_float_digits
                """.formatted(db, server.host(), server.port(), port, users));
        List<String> cmd = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            // PgBouncer refuses to run as root
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(bin.toString(), ini.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("stdout.txt").toFile())
                .start();
        for (int i = 0; i < 200 && p.isAlive(); i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return p;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("PgBouncer did not start: " + Files.readString(work.resolve("stdout.txt")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String withoutStartTime(Path p) throws IOException {
        return Files.readString(p).replaceFirst("-- Started at .*\n", "");
    }
}
