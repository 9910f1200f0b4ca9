package io.pgjdump.restore;

import io.pgjdump.testing.PgDump;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.Psql;
import io.pgjdump.testing.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The source database of the round-trip and damaged-input tests, and pg_dump's script of it. */
final class Sources {

    private Sources() {
    }

    /**
     * Loads tricky-source.sql (and, on PostgreSQL 14 and newer, the SQL-standard function body of
     * tricky-source-14.sql) with psql: given such a file as one string, pgjdbc's own statement
     * splitter sends several commands in one Parse.
     */
    static void loadTricky(TestDatabase db) throws Exception {
        Psql.assumeAvailable();
        for (Path script : trickyScripts(db.server())) {
            Psql.replay(db, script);
        }
    }

    /** tricky-source.sql, and tricky-source-14.sql when the server has SQL-standard function bodies. */
    static List<Path> trickyScripts(PgTestServer server) throws Exception {
        return server.serverVersionNum() >= 140000
                ? List.of(resource("/tricky-source.sql"), resource("/tricky-source-14.sql"))
                : List.of(resource("/tricky-source.sql"));
    }

    /**
     * pg_dump -Fp of {@code db} into {@code file}, by a pg_dump able to dump the server under test
     * (the test is skipped, saying why, when none is installed).
     */
    static Path pgDump(TestDatabase db, Path file, String... args) throws Exception {
        Files.writeString(file, PgDump.dump(db, args), StandardCharsets.UTF_8);
        return file;
    }

    private static Path resource(String name) throws Exception {
        return Path.of(Sources.class.getResource(name).toURI());
    }
}
