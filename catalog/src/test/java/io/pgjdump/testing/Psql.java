package io.pgjdump.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** psql, the reference replayer: a test that needs it says so visibly when it is missing. */
public final class Psql {

    private Psql() {
    }

    public static boolean available() {
        try {
            Process p = new ProcessBuilder("psql", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static void assumeAvailable() {
        Assumptions.assumeTrue(available(), "psql is not installed; this test replays with psql");
    }

    /** Replays a script with ON_ERROR_STOP; returns psql's output, throws with it on failure. */
    public static String replay(TestDatabase db, Path file) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", db.server().host(), "-p", Integer.toString(db.server().port()),
                "-U", db.server().user(), "-d", db.name(), "-f", file.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (db.server().password() != null) {
            pb.environment().put("PGPASSWORD", db.server().password());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("psql failed replaying " + file + ":\n" + out);
        }
        return out;
    }
}
