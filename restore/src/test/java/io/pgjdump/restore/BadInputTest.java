package io.pgjdump.restore;

import io.pgjdump.restore.script.ScriptException;
import io.pgjdump.restore.script.Sha256Sidecar;
import io.pgjdump.testing.PgDump;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damaged input: each case must fail with a message that says where, and a single-transaction
 * restore must leave the target exactly as it was (which holds a table of its own beforehand).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    @TempDir
    static Path dir;

    private TestDatabase source;
    private Path plain;
    private Path zstd;
    private String text;

    /**
     * Every test needs pg_dump: each is skipped (and counted so) when none can dump the server
     * under test. The source is built and dumped once, by the first test that runs.
     */
    @BeforeEach
    void dumpSource() throws Exception {
        PgDump.assumeCanDump(PgTestServer.get());
        if (source != null) {
            return;
        }
        source = PgTestServer.get().createDatabase();
        Sources.loadTricky(source);
        plain = dir.resolve("good.sql");
        Sources.pgDump(source, plain);
        zstd = Targets.zstdFrames(plain, dir.resolve("good.sql.zst"), 50);
        text = Files.readString(plain);
    }

    @AfterAll
    void dropSource() throws Exception {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void fileCutInsideAStatement() throws Exception {
        int cut = text.indexOf("CREATE TABLE app.orders") + 30;
        ScriptException e = failsLeavingTargetUnchanged(cutAt(cut, "cut-statement.sql"));
        assertEquals(lineAt(cut), e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("no terminating semicolon"), e.getMessage());
    }

    @Test
    void fileCutInsideACopyBlock() throws Exception {
        int copy = text.indexOf("COPY app.orders");
        int cut = text.indexOf('\n', copy + 2000) + 1;
        ScriptException e = failsLeavingTargetUnchanged(cutAt(cut, "cut-copy.sql"));
        assertTrue(e.getMessage().contains("inside the data of the COPY at line " + lineAt(copy)), e.getMessage());
        assertEquals(lineAt(cut), e.line());
    }

    @Test
    void fileCutInsideADollarQuote() throws Exception {
        // pg_dump picks $_$ for a body that itself contains $$
        int open = text.indexOf("AS $_$");
        assertTrue(open > 0, "the dump quotes f_dollar's body with $_$");
        int cut = text.indexOf("$$;$$", open) + 3;
        ScriptException e = failsLeavingTargetUnchanged(cutAt(cut, "cut-dollar.sql"));
        assertTrue(e.getMessage().contains("dollar-quoted string $_$ that starts at line " + lineAt(open)),
                e.getMessage());
        assertEquals(lineAt(cut), e.line());
    }

    @Test
    void fileCutBetweenStatementsIsCaughtByTheRestrictPair() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(text.contains("\\restrict "),
                "this pg_dump predates \\restrict (15.14); a cut between statements is then undetectable");
        int cut = text.indexOf("\n", text.indexOf("CREATE VIEW app.big_orders")) + 1;
        cut = text.indexOf(";\n", cut) + 2;
        ScriptException e = failsLeavingTargetUnchanged(cutAt(cut, "cut-between.sql"));
        assertTrue(e.getMessage().contains("probably truncated"), e.getMessage());
    }

    @Test
    void binaryGarbageInTheMiddle() throws Exception {
        int at = text.indexOf("CREATE VIEW app.big_orders");
        byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] garbage = new byte[512];
        new Random(42).nextBytes(garbage);
        garbage[0] = 0x01;
        byte[] all = Arrays.copyOf(head, head.length + garbage.length);
        System.arraycopy(garbage, 0, all, head.length, garbage.length);
        Path file = Files.write(dir.resolve("garbage.sql"), all);
        ScriptException e = failsLeavingTargetUnchanged(file);
        assertEquals(head.length, e.byteOffset(), e.getMessage());
        assertEquals(lineAt(at), e.line());
        assertTrue(e.getMessage().contains("binary data"), e.getMessage());
    }

    @Test
    void wholeFileOfGarbage() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xC3;
        garbage[1] = 0x28;
        ScriptException e = failsLeavingTargetUnchanged(Files.write(dir.resolve("random.bin"), garbage));
        assertTrue(e.byteOffset() >= 0, e.getMessage());
    }

    @Test
    void corruptZstdFrame() throws Exception {
        byte[] z = Files.readAllBytes(zstd);
        int second = indexOfMagic(z, 1);
        int third = indexOfMagic(z, second + 1);
        assertTrue(third > second && second > 0, "the test file has several frames");
        z[third] = 0;
        z[third + 1] = 0;
        ScriptException e = failsLeavingTargetUnchanged(Files.write(dir.resolve("corrupt.sql.zst"), z));
        assertTrue(e.getMessage().contains("corrupt or truncated zstd data near compressed byte"), e.getMessage());
    }

    @Test
    void truncatedZstdFile() throws Exception {
        byte[] z = Files.readAllBytes(zstd);
        Path file = Files.write(dir.resolve("truncated.sql.zst"), Arrays.copyOf(z, z.length * 2 / 3));
        ScriptException e = failsLeavingTargetUnchanged(file);
        assertTrue(e.getMessage().contains("zstd") || e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void checksumMismatchChangesNothingEvenWithoutATransaction() throws Exception {
        Path file = Files.copy(plain, dir.resolve("checked.sql"));
        Files.writeString(Sha256Sidecar.of(file), "0".repeat(64) + "  checked.sql\n");
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            target.execute("CREATE TABLE keep (id int); INSERT INTO keep VALUES (1)");
            String before = Targets.snapshot(target);
            ScriptException e = assertThrows(ScriptException.class,
                    () -> Restore.run(Targets.dataSource(target), RestoreOptions.file(file)));
            assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
            assertEquals(before, Targets.snapshot(target));
        }
    }

    @Test
    void plainFileWithMatchingChecksumRestoresAsWithoutIt() throws Exception {
        Path file = Files.copy(plain, dir.resolve("ok.sql"));
        Targets.withMatchingSidecar(file);
        String expected;
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target), RestoreOptions.file(plain));
            assertTrue(!r.checksumVerified() && !r.failed());
            expected = Targets.snapshot(target);
        }
        // one job copies every block on the main connection from the extents read ahead; two load them on jobs
        for (RestoreOptions options : java.util.List.of(RestoreOptions.file(file), RestoreOptions.file(file).withJobs(2),
                RestoreOptions.file(file).withSingleTransaction(true))) {
            try (TestDatabase target = PgTestServer.get().createDatabase()) {
                RestoreResult r = Restore.run(Targets.dataSource(target), options);
                assertTrue(r.checksumVerified() && !r.failed(), options.toString());
                assertEquals(expected, Targets.snapshot(target), options.toString());
            }
        }
    }

    @Test
    void matchingChecksumIsVerified() throws Exception {
        Path file = Targets.withMatchingSidecar(Files.copy(zstd, dir.resolve("ok.sql.zst")));
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            RestoreResult r = Restore.run(Targets.dataSource(target), RestoreOptions.file(file).withJobs(2));
            assertTrue(r.checksumVerified());
        }
    }

    /**
     * Restores {@code file} in a single transaction, twice: as it is, and with a matching checksum
     * beside it, which makes the restore parse the script ahead while hashing. Both must fail the
     * same way and change nothing.
     */
    private ScriptException failsLeavingTargetUnchanged(Path file) throws Exception {
        ScriptException plain = failsOnce(file);
        Path checked = Files.copy(file, dir.resolve("checked-" + file.getFileName()));
        Targets.withMatchingSidecar(checked);
        ScriptException readAhead = failsOnce(checked);
        assertEquals(plain.getMessage(), readAhead.getMessage(), "parsing ahead reports the same failure");
        return plain;
    }

    private ScriptException failsOnce(Path file) throws Exception {
        try (TestDatabase target = PgTestServer.get().createDatabase()) {
            target.execute("CREATE TABLE keep (id int PRIMARY KEY); INSERT INTO keep VALUES (1), (2)");
            String before = Targets.snapshot(target);
            ScriptException e = assertThrows(ScriptException.class, () -> Restore.run(Targets.dataSource(target),
                    RestoreOptions.file(file).withSingleTransaction(true)));
            assertEquals(before, Targets.snapshot(target), "a failed single-transaction restore changes nothing");
            return e;
        }
    }

    private Path cutAt(int offset, String name) throws Exception {
        byte[] bytes = text.substring(0, offset).getBytes(StandardCharsets.UTF_8);
        return Files.write(dir.resolve(name), bytes);
    }

    /** 1-based line of a char offset in the dump (the dump's text before that offset is ASCII-safe to count). */
    private int lineAt(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int indexOfMagic(byte[] z, int from) {
        for (int i = from; i + 3 < z.length; i++) {
            if (z[i] == 0x28 && z[i + 1] == (byte) 0xB5 && z[i + 2] == 0x2F && z[i + 3] == (byte) 0xFD) {
                return i;
            }
        }
        return -1;
    }
}
