package io.pgjdump.restore;

import io.pgjdump.testing.PgDump;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.Psql;
import io.pgjdump.testing.TestDatabase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** pg_dump -Fp, the reference writer of the scripts we replay; tests that need it say so visibly. */
final class PgDumpTool {

    private PgDumpTool() {
    }

    /**
     * Why pg_dump's script of tricky-source.sql cannot be made here, or null when it can. The
     * classes built on it ask in {@code @BeforeAll} and skip each test with the answer: Surefire
     * counts an assumption that fails in {@code @BeforeAll} as no test at all, which hides the skip.
     */
    static String whyNoTrickySourceDump() throws SQLException {
        PgTestServer server = PgTestServer.get();
        int major = server.serverMajorVersion();
        if (!Psql.available()) {
            return "psql is not installed; tricky-source.sql is loaded with psql";
        }
        if (major < 14) {
            return "tricky-source.sql has a BEGIN ATOMIC function body (PostgreSQL 14+); the server under test is " + major;
        }
        if (PgDump.forServerMajor(major).isEmpty()) {
            return "no pg_dump of major version " + major + " or newer is installed; the server under test is " + major;
        }
        return null;
    }

    /** Dumps {@code db} as a plain SQL script into {@code file}. */
    static void dump(TestDatabase db, Path file, String... extra) throws IOException, InterruptedException, SQLException {
        List<String> cmd = new java.util.ArrayList<>(List.of(PgDump.assumeCanDump(db.server()), "-Fp", "-h", db.server().host(),
                "-p", Integer.toString(db.server().port()), "-U", db.server().user(), "-f", file.toString()));
        cmd.addAll(List.of(extra));
        cmd.add(db.name());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (db.server().password() != null) {
            pb.environment().put("PGPASSWORD", db.server().password());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("pg_dump failed: " + out);
        }
    }
}
