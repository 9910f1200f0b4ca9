package io.pgjdump.dump;

import io.pgjdump.catalog.Selection;
import io.pgjdump.dump.data.DataPump;
import io.pgjdump.dump.data.TaskPlanner;
import io.pgjdump.dump.output.Compression;
import io.pgjdump.dump.snapshot.SnapshotLeader;
import io.pgjdump.restore.verify.RowDigest;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table split into many ctid ranges (tiny thresholds, tiny blocks and buffers so the workers
 * wait on the ordered writer all the time) still round-trips exactly, and the manifest's digest
 * equals the digest of the restored table read back with COPY TO STDOUT.
 */
class SplitRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "jobs={0} compress={1}")
    @CsvSource({"3, none", "2, zstd:1"})
    void splitTableRoundTripsAndDigestsMatch(int jobs, String compress) throws Exception {
        Assumptions.assumeTrue(PgTestServer.get().serverVersionNum() >= 140000,
                "ctid range splits need TID range scans (PostgreSQL 14)");
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            source.execute("""
                    CREATE TABLE public.items (id integer PRIMARY KEY, name text, note text, price numeric);
                    INSERT INTO public.items SELECT i, 'item ' || i, CASE WHEN i % 7 = 0 THEN NULL
                        ELSE E'tab\\there\\nnewline ' || md5(i::text) END, i / 3.0
                    FROM generate_series(1, 20000) i;
                    DELETE FROM public.items WHERE id % 10 = 3;
                    CREATE TABLE public.small (id integer PRIMARY KEY);
                    INSERT INTO public.small SELECT generate_series(1, 10);
                    ANALYZE;
                    """);
            Path file = dir.resolve("split.sql");
            DumpOptions options = DumpOptions.builder().output(file).jobs(jobs)
                    .compression(Compression.parse(compress)).selection(Selection.schemas("public")).build();
            DumpResult result = Dump.run(RoundTrip.dataSource(source), options,
                    new TaskPlanner(64 << 10, 16 << 10), new DataPump.Settings(jobs, 8 << 10, 2, 32 << 10));

            TableStats items = result.tables().stream().filter(t -> t.name().equals("items")).findFirst().orElseThrow();
            assertTrue(items.parts() > 5, "items was split, parts: " + items.parts());
            assertEquals(18000, items.rows());
            RoundTrip.replayWithPsql(file, target);
            RoundTrip.assertSameDatabase(source, target);
            try (Connection c = target.connect()) {
                assertEquals(items.digest(), digestOf(c, "COPY public.items (id, name, note, price) TO STDOUT").hex());
            }
            String manifest = Files.readString(dir.resolve("split.sql.manifest.json"));
            assertTrue(manifest.contains("\"digest\" : \"" + items.digest() + "\""), manifest);
            assertTrue(manifest.contains("\"rowDigest\" : \"" + RowDigest.ALGORITHM + "\""), manifest);
        }
    }

    /** What restore --check does: the same session settings as the dump, then COPY TO STDOUT. */
    static RowDigest digestOf(Connection conn, String copySql) throws SQLException, DumpException {
        try (SnapshotLeader session = SnapshotLeader.begin(conn)) {
            CopyOut out = conn.unwrap(PGConnection.class).getCopyAPI().copyOut(copySql);
            RowDigest digest = new RowDigest();
            byte[] row;
            while ((row = out.readFromCopy()) != null) {
                digest.addRow(row, 0, row.length);
            }
            return digest;
        }
    }
}
