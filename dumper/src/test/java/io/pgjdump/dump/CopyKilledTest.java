package io.pgjdump.dump;

import io.pgjdump.catalog.Selection;
import io.pgjdump.dump.data.DataPump;
import io.pgjdump.dump.data.TaskPlanner;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A worker's backend is terminated while its COPY is streaming: the dump fails naming the table,
 * and nothing is left in the output directory, neither the file nor a partial one.
 *
 * <p>How the COPY is surely active when it is killed: table a_first is bigger on disk (fillfactor
 * 10) so it comes first in the file; b_second holds rows that compress well in TOAST but are
 * about 100 MB of COPY text. The listener hears that a_first is written and holds the writer
 * there; with tiny buffers b_second's worker soon stops reading, so the server is blocked
 * mid-COPY on a full socket. Only then is the backend terminated.
 */
class CopyKilledTest {

    @TempDir
    Path dir;

    @Test
    void killedCopyFailsTheDumpNamingTheTableAndLeavesNoFile() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase()) {
            source.execute("""
                    CREATE TABLE public.a_first (id integer, pad text) WITH (fillfactor = 10);
                    INSERT INTO public.a_first SELECT i, repeat('p', 60) FROM generate_series(1, 4000) i;
                    CREATE TABLE public.b_second (id integer, body text);
                    INSERT INTO public.b_second SELECT i, repeat('abc' || (i % 10), 25000) FROM generate_series(1, 1000) i;
                    ANALYZE;
                    """);
            try (Connection c = source.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT pg_table_size('public.a_first') > pg_table_size('public.b_second')")) {
                rs.next();
                assertTrue(rs.getBoolean(1), "fixture: a_first must come first in the file");
            }
            AtomicInteger killed = new AtomicInteger();
            DumpListener killDuringSecondTable = new DumpListener() {
                @Override
                public void tableDone(TableStats stats) {
                    if (stats.name().equals("a_first")) {
                        killed.set(terminateActiveCopy(source));
                    }
                }
            };
            Path file = dir.resolve("killed.sql");
            DumpOptions options = DumpOptions.builder().output(file).jobs(2).selection(Selection.schemas("public"))
                    .listener(killDuringSecondTable).build();
            DumpException e = assertThrows(DumpException.class, () -> Dump.run(RoundTrip.dataSource(source), options,
                    TaskPlanner.defaults(), new DataPump.Settings(2, 8 << 10, 2, 32 << 10)));
            assertEquals(1, killed.get(), "one COPY backend was terminated");
            assertTrue(e.getMessage().contains("public.b_second"), e.getMessage());
            assertTrue(e.getMessage().contains("COPY"), e.getMessage());
            assertNotNull(e.sqlState(), "the server's SQLSTATE is kept: " + e.getMessage());
            try (var files = Files.list(dir)) {
                assertEquals(0, files.count(), "no file, no partial file, no sidecars");
            }
        }
    }

    /**
     * Finds the dump's backend that is running a COPY and terminates it. Polls pg_stat_activity,
     * bounded: the worker may not have sent its COPY yet when the first table is written.
     */
    private static int terminateActiveCopy(TestDatabase db) {
        try (Connection c = db.connect();
             PreparedStatement find = c.prepareStatement("""
                     SELECT pid FROM pg_catalog.pg_stat_activity
                     WHERE datname = pg_catalog.current_database() AND application_name = 'pgjdump'
                       AND state = 'active' AND query LIKE 'COPY%b_second%'""");
             PreparedStatement kill = c.prepareStatement("SELECT pg_catalog.pg_terminate_backend(?)")) {
            for (int attempt = 0; attempt < 100_000; attempt++) {
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        kill.setInt(1, rs.getInt(1));
                        try (ResultSet k = kill.executeQuery()) {
                            k.next();
                            return k.getBoolean(1) ? 1 : 0;
                        }
                    }
                }
            }
            throw new IllegalStateException("no active COPY of b_second appeared in pg_stat_activity");
        } catch (SQLException e) {
            throw new IllegalStateException("finding the COPY backend", e);
        }
    }
}
