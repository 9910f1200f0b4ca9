package io.pgjdump.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The Supabase-shaped database beside the repository ({@code ../shared/fixtures/supabase}, loaded
 * by its own {@code load.sh}). It is not part of a clone: tests that use it skip, saying why, when
 * it is not there.
 */
public final class SharedSupabaseFixture {

    private SharedSupabaseFixture() {
    }

    /** The fixture's folder, found from the working directory upwards; skips the test when there is none. */
    public static Path assumePresent() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/fixtures/supabase/load.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate.getParent();
            }
        }
        Assumptions.abort("../shared/fixtures/supabase is not beside this checkout");
        return null;
    }

    /** Runs the fixture's load.sh into {@code db}; throws with its output when it fails. */
    public static void load(Path fixture, TestDatabase db) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", fixture.resolve("load.sh").toString(), db.name(),
                "-h", db.server().host(), "-p", Integer.toString(db.server().port()), "-U", db.server().user())
                .redirectErrorStream(true);
        if (db.server().password() != null) {
            pb.environment().put("PGPASSWORD", db.server().password());
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("loading the shared Supabase fixture failed:\n" + out);
        }
    }
}
