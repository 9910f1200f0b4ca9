package io.pgjdump.restore;

import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** pg_dump -Fp, the reference writer of the scripts we replay; tests that need it say so visibly. */
final class PgDumpTool {

    private PgDumpTool() {
    }

    static void assumeAvailable() {
        boolean ok;
        try {
            Process p = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        Assumptions.assumeTrue(ok, "pg_dump is not installed; this test restores what pg_dump writes");
    }

    /** Dumps {@code db} as a plain SQL script into {@code file}. */
    static void dump(TestDatabase db, Path file, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("pg_dump", "-Fp", "-h", db.server().host(),
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
