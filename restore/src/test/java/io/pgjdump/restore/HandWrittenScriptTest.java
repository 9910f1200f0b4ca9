package io.pgjdump.restore;

import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.Psql;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A hand-written script (no pg_dump needed, so this runs on every server version): the source
 * script of the round trips, replayed by psql and by Restore.run, must give the same database.
 */
class HandWrittenScriptTest {

    @ParameterizedTest(name = "jobs={0}")
    @ValueSource(ints = {1, 3})
    void restoresLikePsql(int jobs) throws Exception {
        Psql.assumeAvailable();
        try (TestDatabase byPsql = PgTestServer.get().createDatabase();
             TestDatabase byUs = PgTestServer.get().createDatabase()) {
            Sources.loadTricky(byPsql);
            for (Path script : Sources.trickyScripts(byUs.server())) {
                RestoreResult r = Restore.run(Targets.dataSource(byUs), RestoreOptions.file(script).withJobs(jobs));
                assertFalse(r.failed(), () -> r.failures().toString());
            }
            assertEquals(Targets.snapshot(byPsql), Targets.snapshot(byUs));
        }
    }
}
