package io.pgjdump.cli;

import io.pgjdump.testing.CatalogSnapshot;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The restore command as a user meets it: round trip with dump, exit codes, one-line errors. */
class RestoreCommandTest {

    @TempDir
    Path dir;

    private final PgTestServer server = PgTestServer.get();

    @Test
    void restoresWhatDumpWrote() throws Exception {
        try (TestDatabase source = server.createDatabase(); TestDatabase target = server.createDatabase()) {
            source.executeResource("roundtrip/foundation.sql");
            Path file = dir.resolve("db.sql.zst");
            CliRun dump = CliRun.inProcess(args("dump", source.name(), "-f", file.toString(), "-Z", "zstd", "-j", "2", "-q"));
            assertEquals(ExitCode.OK, dump.exitCode(), dump.err());
            CliRun restore = CliRun.inProcess(args("restore", target.name(), "-j", "3", file.toString()));
            assertEquals(ExitCode.OK, restore.exitCode(), restore.err());
            assertTrue(restore.err().contains("pgjdump: checksum verified (db.sql.zst.sha256)"), restore.err());
            assertTrue(restore.err().contains("pgjdump: restored " + file), restore.err());
            assertEquals(snapshot(source), snapshot(target));
        }
    }

    @Test
    void checkPassesAfterARestoreAndFailsOnATamperedDatabase() throws Exception {
        try (TestDatabase source = server.createDatabase(); TestDatabase target = server.createDatabase()) {
            source.executeResource("roundtrip/foundation.sql");
            Path file = dir.resolve("checked.sql");
            CliRun dump = CliRun.inProcess(args("dump", source.name(), "-f", file.toString(), "-j", "2", "-q"));
            assertEquals(ExitCode.OK, dump.exitCode(), dump.err());
            CliRun restore = CliRun.inProcess(args("restore", target.name(), "-j", "2", "--check", file.toString()));
            assertEquals(ExitCode.OK, restore.exitCode(), restore.err());
            assertTrue(restore.err().contains("pgjdump: check passed: all "), restore.err());

            target.execute("DELETE FROM public.order_notes WHERE id = (SELECT min(id) FROM public.order_notes)");
            CliRun check = CliRun.inProcess(args("restore", target.name(), "-q", "--check-only", file.toString()));
            assertEquals(ExitCode.FAILED, check.exitCode(), check.err());
            assertEquals(2, check.errLines().size(), check.err());
            assertTrue(check.errLines().get(0).startsWith("pgjdump: check failed: table public.order_notes: expected "),
                    check.err());
            assertTrue(check.errLines().get(1).startsWith("pgjdump: error: --check: 1 of "), check.err());
        }
    }

    @Test
    void checkOfAFileWithoutDigestsFails() throws Exception {
        try (TestDatabase target = server.createDatabase()) {
            Path file = Files.writeString(dir.resolve("nodigest.sql"), "CREATE TABLE t (id int);\nCOPY t FROM stdin;\n1\n\\.\n");
            CliRun run = CliRun.inProcess(args("restore", target.name(), "-q", "--check", file.toString()));
            assertEquals(ExitCode.FAILED, run.exitCode(), run.err());
            assertTrue(run.err().contains("carries no row digests"), run.err());
        }
    }

    @Test
    void readsStandardInputForDash() throws Exception {
        try (TestDatabase target = server.createDatabase()) {
            Path file = Files.writeString(dir.resolve("in.sql"), "CREATE TABLE t (id int);\nCOPY t FROM stdin;\n1\n2\n\\.\n");
            java.io.InputStream stdin = System.in;
            CliRun run;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                System.setIn(in);
                run = CliRun.inProcess(args("restore", target.name(), "-j", "2", "-"));
            } finally {
                System.setIn(stdin);
            }
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertTrue(run.err().contains("reading standard input: no checksum to verify"), run.err());
            assertTrue(run.err().contains("1 COPY blocks, 2 rows"), run.err());
        }
    }

    @Test
    void quietPrintsNothingOnSuccess() throws Exception {
        try (TestDatabase target = server.createDatabase()) {
            Path file = Files.writeString(dir.resolve("s.sql"), "CREATE TABLE t (id int);\nCOPY t FROM stdin;\n1\n\\.\n");
            CliRun run = CliRun.inProcess(args("restore", target.name(), "-q", file.toString()));
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
            assertEquals("", run.err());
        }
    }

    @Test
    void firstFailureIsOneLineWithLineAndSqlstate() throws Exception {
        try (TestDatabase target = server.createDatabase()) {
            Path file = Files.writeString(dir.resolve("bad.sql"), "CREATE TABLE t (id int);\nSELECT 1/0;\nCREATE TABLE u ();\n");
            CliRun run = CliRun.inProcess(args("restore", target.name(), "-q", file.toString()));
            assertEquals(ExitCode.FAILED, run.exitCode());
            assertEquals(List.of("pgjdump: error: line 2: SQLSTATE 22012: division by zero; statement: SELECT 1/0"),
                    run.errLines());
        }
    }

    @Test
    void continueOnErrorExits3AndListsEachFailure() throws Exception {
        try (TestDatabase target = server.createDatabase()) {
            Path file = Files.writeString(dir.resolve("bad.sql"), "SELECT 1/0;\nCREATE TABLE u ();\nSELECT x;\n");
            CliRun run = CliRun.inProcess(args("restore", target.name(), "-q", "--continue-on-error", file.toString()));
            assertEquals(ExitCode.PARTIAL, run.exitCode(), run.err());
            List<String> lines = run.errLines();
            assertEquals(3, lines.size(), run.err());
            assertTrue(lines.get(0).startsWith("pgjdump: error: line 1: SQLSTATE 22012"), lines.get(0));
            assertTrue(lines.get(1).startsWith("pgjdump: error: line 3: SQLSTATE 42703"), lines.get(1));
            assertTrue(lines.get(2).startsWith("pgjdump: restored " + file + " with 2 failed statement(s)"), lines.get(2));
        }
    }

    @Test
    void damagedInputNamesTheLine() throws Exception {
        try (TestDatabase target = server.createDatabase()) {
            Path file = Files.writeString(dir.resolve("cut.sql"), "CREATE TABLE t (id int);\nCOPY t FROM stdin;\n1\n2\n");
            CliRun run = CliRun.inProcess(args("restore", target.name(), "-1", file.toString()));
            assertEquals(ExitCode.FAILED, run.exitCode());
            assertTrue(run.err().contains("pgjdump: error: line 5 (byte 48): the file ends inside the data of the COPY at line 2"),
                    run.err());
            try (Connection c = target.connect(); var rs = c.createStatement().executeQuery(
                    "SELECT count(*) FROM pg_class WHERE relname = 't'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "-1 rolled everything back");
            }
        }
    }

    @Test
    void badCommandLinesExit2() {
        CliRun ifExists = CliRun.inProcess(args("restore", "x", "--if-exists", "f.sql"));
        assertEquals(ExitCode.USAGE, ifExists.exitCode());
        assertEquals("pgjdump: error: option --if-exists requires option -c/--clean", ifExists.errLines().get(0));
        CliRun jobs = CliRun.inProcess(args("restore", "x", "-1", "-j", "2", "f.sql"));
        assertEquals(ExitCode.USAGE, jobs.exitCode());
        assertTrue(jobs.err().contains("single transaction"), jobs.err());
        CliRun cleanStdin = CliRun.inProcess(args("restore", "x", "--clean", "-"));
        assertEquals(ExitCode.USAGE, cleanStdin.exitCode());
        assertTrue(cleanStdin.err().contains("needs a file"), cleanStdin.err());
        CliRun noFile = CliRun.inProcess("restore", "-d", "x");
        assertEquals(ExitCode.USAGE, noFile.exitCode());
    }

    @Test
    void missingFileExits1() throws Exception {
        try (TestDatabase target = server.createDatabase()) {
            CliRun run = CliRun.inProcess(args("restore", target.name(), dir.resolve("nope.sql").toString()));
            assertEquals(ExitCode.FAILED, run.exitCode());
            assertTrue(run.err().contains("could not open input file"), run.err());
        }
    }

    @Test
    void helpListsTheOptions() {
        CliRun run = CliRun.inProcess("restore", "--help");
        assertEquals(ExitCode.OK, run.exitCode());
        for (String flag : List.of("-h, --host", "-p, --port", "-U, --username", "-d, --dbname", "-j, --jobs",
                "-1, --single-transaction", "-c, --clean", "--if-exists", "--continue-on-error", "--no-verify",
                "-q, --quiet")) {
            assertTrue(run.out().contains(flag), "help lacks " + flag);
        }
    }

    private String[] args(String command, String dbname, String... more) {
        List<String> a = new ArrayList<>(List.of(command, "-h", server.host(), "-p", Integer.toString(server.port()),
                "-U", server.user(), "-d", dbname));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static String snapshot(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return CatalogSnapshot.describe(c) + CatalogSnapshot.rows(c);
        }
    }
}
