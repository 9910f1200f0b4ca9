package io.pgjdump.dump;

import io.pgjdump.testing.PgDump;
import io.pgjdump.testing.TestDatabase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** pg_dump as a reference reader of a database's schema, for tests that compare two databases. */
final class PgDumpReference {

    private PgDumpReference() {
    }

    /**
     * pg_dump --schema-only of the database without "--" comment lines (they carry the database
     * name and versions) and psql restrict / unrestrict meta-command lines (their key is random per run).
     */
    static String schemaOnly(TestDatabase db) throws IOException, InterruptedException, SQLException {
        ProcessBuilder pb = new ProcessBuilder(List.of(PgDump.assumeCanDump(db.server()), "--schema-only", "-h", db.server().host(),
                "-p", Integer.toString(db.server().port()), "-U", db.server().user(), "-d", db.name()));
        if (db.server().password() != null) {
            pb.environment().put("PGPASSWORD", db.server().password());
        }
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError("pg_dump --schema-only of " + db.name() + " failed");
        }
        return out.lines()
                .filter(l -> !l.startsWith("--") && !l.startsWith("\\restrict") && !l.startsWith("\\unrestrict"))
                .collect(Collectors.joining("\n"));
    }
}
