package io.pgjdump.dump;

import com.github.luben.zstd.ZstdInputStream;
import io.pgjdump.testing.CatalogSnapshot;
import io.pgjdump.testing.Psql;
import io.pgjdump.testing.TestDatabase;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The round trip every catalog and data test is built on: dump S, replay into empty T, compare. */
public final class RoundTrip {

    private RoundTrip() {
    }

    public static PGSimpleDataSource dataSource(TestDatabase db) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {db.server().host()});
        ds.setPortNumbers(new int[] {db.server().port()});
        ds.setDatabaseName(db.name());
        ds.setUser(db.server().user());
        if (db.server().password() != null) {
            ds.setPassword(db.server().password());
        }
        ds.setApplicationName("pgjdump");
        return ds;
    }

    /** Dumps {@code source} to {@code file} with the given options (output is set here). */
    public static DumpResult dump(TestDatabase source, Path file, DumpOptions.Builder options) throws DumpException {
        return Dump.run(dataSource(source), options.output(file).build());
    }

    /** Replays a pgjdump file (plain or zstd) into {@code target} with psql and ON_ERROR_STOP. */
    public static void replayWithPsql(Path file, TestDatabase target) throws IOException, InterruptedException {
        Psql.assumeAvailable();
        Path plain = file;
        if (isZstd(file)) {
            plain = file.resolveSibling(file.getFileName() + ".decompressed.sql");
            try (InputStream in = new ZstdInputStream(Files.newInputStream(file));
                 OutputStream out = Files.newOutputStream(plain)) {
                in.transferTo(out);
            }
        }
        Psql.replay(target, plain);
    }

    public static boolean isZstd(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && (magic[0] & 0xff) == 0x28 && (magic[1] & 0xff) == 0xb5
                    && (magic[2] & 0xff) == 0x2f && (magic[3] & 0xff) == 0xfd;
        }
    }

    /** Fails with only the lines that differ, so a big database gives a readable message. */
    static void assertSameLines(String what, String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        java.util.List<String> e = expected.lines().toList();
        java.util.List<String> a = actual.lines().toList();
        StringBuilder msg = new StringBuilder(what + " differs after round trip:\n");
        e.stream().filter(l -> !a.contains(l)).limit(40).forEach(l -> msg.append("- ").append(l).append('\n'));
        a.stream().filter(l -> !e.contains(l)).limit(40).forEach(l -> msg.append("+ ").append(l).append('\n'));
        assertEquals(expected, actual, msg.toString());
    }

    /** Catalogs and every row of the two databases are equal. */
    public static void assertSameDatabase(TestDatabase expected, TestDatabase actual) throws SQLException {
        try (Connection s = expected.connect(); Connection t = actual.connect()) {
            assertSameLines("catalog", CatalogSnapshot.describe(s), CatalogSnapshot.describe(t));
            assertSameLines("rows", CatalogSnapshot.rows(s), CatalogSnapshot.rows(t));
        }
    }
}
