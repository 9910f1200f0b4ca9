package io.pgjdump.restore;

import com.github.luben.zstd.Zstd;
import io.pgjdump.testing.CatalogSnapshot;
import io.pgjdump.testing.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Small helpers shared by the restore tests. */
final class Targets {

    private Targets() {
    }

    static PGSimpleDataSource dataSource(TestDatabase db) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser(db.server().user());
        if (db.server().password() != null) {
            ds.setPassword(db.server().password());
        }
        return ds;
    }

    /** Catalog and row digests together: what a round trip must preserve. */
    static String snapshot(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return CatalogSnapshot.describe(c) + CatalogSnapshot.rows(c) + code(c);
        }
    }

    /** What CatalogSnapshot leaves out and a script replayer most easily breaks: routine bodies, views, triggers. */
    private static String code(Connection c) throws SQLException {
        String sql = """
                SELECT string_agg(x, E'\n' ORDER BY x) FROM (
                  SELECT pg_get_functiondef(p.oid) AS x FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND p.prokind IN ('f', 'p')
                  UNION ALL SELECT c.relname || ': ' || pg_get_viewdef(c.oid) FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relkind IN ('v', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
                  UNION ALL SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t WHERE NOT t.tgisinternal
                  UNION ALL SELECT 'comment ' || d.description FROM pg_description d
                  JOIN pg_class c ON c.oid = d.objoid JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')) s""";
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return "== code\n" + rs.getString(1) + "\n";
        }
    }

    /**
     * The script as independent zstd frames of {@code linesPerFrame} lines each, concatenated: a
     * valid zstd stream, as pgjdump writes it.
     */
    static Path zstdFrames(Path plain, Path out, int linesPerFrame) throws IOException {
        byte[] all = Files.readAllBytes(plain);
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        int start = 0;
        int lines = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n' && ++lines == linesPerFrame) {
                frames.writeBytes(Zstd.compress(java.util.Arrays.copyOfRange(all, start, i + 1), 3));
                start = i + 1;
                lines = 0;
            }
        }
        if (start < all.length) {
            frames.writeBytes(Zstd.compress(java.util.Arrays.copyOfRange(all, start, all.length), 3));
        }
        Files.write(out, frames.toByteArray());
        return out;
    }

    static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Writes FILE.sha256 matching {@code file}, as pgjdump dump does; returns the file. */
    static Path withMatchingSidecar(Path file) throws Exception {
        String hex = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        Files.writeString(io.pgjdump.restore.script.Sha256Sidecar.of(file), hex + "  " + file.getFileName() + "\n");
        return file;
    }
}
