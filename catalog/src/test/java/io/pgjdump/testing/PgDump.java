package io.pgjdump.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * pg_dump as a reference for tests. pg_dump refuses a server of a newer major version than its own
 * ("aborting because of server version mismatch"), and the suite also runs against servers newer
 * than the installed client (scripts/pg-versions.sh), so a test that needs pg_dump asks for one
 * that can dump the server under test and is skipped, saying why, when there is none.
 */
public final class PgDump {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    private PgDump() {
    }

    /** The major version of a pg_dump executable ("pg_dump (PostgreSQL) 15.20" gives 15), empty if it does not run. */
    public static Optional<Integer> majorVersion(String executable) {
        try {
            Process p = new ProcessBuilder(executable, "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            Matcher m = VERSION.matcher(out);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * A pg_dump that can dump a server of this major version: the one on the PATH, else the oldest
     * fitting one of Debian's /usr/lib/postgresql/N/bin.
     */
    public static Optional<String> forServerMajor(int serverMajor) {
        List<String> candidates = new ArrayList<>();
        candidates.add("pg_dump");
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> dirs = Files.list(debian)) {
                dirs.map(d -> d.resolve("bin/pg_dump")).filter(Files::isExecutable)
                        .sorted(Comparator.comparing(Path::toString)).forEach(p -> candidates.add(p.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("listing " + debian, e);
            }
        }
        for (String candidate : candidates) {
            Optional<Integer> major = majorVersion(candidate);
            if (major.isPresent() && major.get() >= serverMajor) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The pg_dump to use against the test server; skips the calling test when none can dump it. */
    public static String assumeCanDump(PgTestServer server) throws SQLException {
        int major = server.serverMajorVersion();
        Optional<String> found = forServerMajor(major);
        Assumptions.assumeTrue(found.isPresent(), "no pg_dump of major version " + major
                + " or newer is installed (" + majorVersion("pg_dump").map(v -> "pg_dump is " + v).orElse("no pg_dump on PATH")
                + "); the server under test is PostgreSQL " + major);
        return found.get();
    }

    /** Runs a fitting pg_dump (plain format) on {@code db} with extra arguments; returns its script. */
    public static String dump(TestDatabase db, String... args) throws SQLException, IOException, InterruptedException {
        PgTestServer server = db.server();
        List<String> cmd = new ArrayList<>(List.of(assumeCanDump(server), "-h", server.host(),
                "-p", Integer.toString(server.port()), "-U", server.user(), "-d", db.name()));
        cmd.addAll(List.of(args));
        Path errors = Files.createTempFile("pgjdump-pg_dump", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(errors.toFile());
            if (server.password() != null) {
                pb.environment().put("PGPASSWORD", server.password());
            }
            Process p = pb.start();
            byte[] script;
            try (var out = p.getInputStream()) {
                script = out.readAllBytes();
            }
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new AssertionError("pg_dump failed on database " + db.name() + ":\n" + Files.readString(errors));
            }
            return new String(script, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
