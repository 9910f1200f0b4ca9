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
            return CatalogSnapshot.describe(c) + CatalogSnapshot.rows(c);
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
}
