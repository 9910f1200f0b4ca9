package io.pgjdump.restore.exec;

import io.pgjdump.restore.ProgressListener;
import io.pgjdump.restore.RestoreFailure;
import io.pgjdump.restore.script.CopyExtent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The rule that hands COPY chunks to the jobs; no server needed, nothing is loaded. */
class TableQueuesTest {

    private final Failures failures = new Failures(false, ProgressListener.NONE);
    private final CopyStats stats = new CopyStats(ProgressListener.NONE);

    private FileRangeCopy chunk(String table, long bytes) throws IOException {
        FileRangeCopy c = new FileRangeCopy(Path.of("unused.sql"),
                ClassifierTest.classify("COPY " + table + " (id) FROM stdin;"), failures, stats);
        c.add(1, 2, new CopyExtent(0, bytes, 1));
        return c;
    }

    @Test
    void eachJobKeepsATableOfItsOwnAndHelpsOnlyWhenNoneIsLeft() throws Exception {
        TableQueues q = new TableQueues(failures);
        FileRangeCopy o1 = chunk("orders", 10), o2 = chunk("orders", 10), o3 = chunk("orders", 10);
        FileRangeCopy d1 = chunk("docs", 10), d2 = chunk("docs", 10);
        for (FileRangeCopy c : new FileRangeCopy[] {o1, o2, o3, d1, d2}) {
            q.add(c);
        }
        q.close();
        assertSame(o1, q.take(null), "job A starts with the first table");
        assertSame(d1, q.take(null), "job B takes the table nobody loads, not the rest of the first");
        assertSame(o2, q.take(o1.key()));
        assertSame(d2, q.take(d1.key()));
        assertSame(o3, q.take(d2.key()), "with its own table done and no free one, job B helps");
        assertNull(q.take(o1.key()));
        assertNull(q.take(o3.key()));
    }

    @Test
    void aJobThatHadToHelpMovesToATableThatTurnsUp() throws Exception {
        TableQueues q = new TableQueues(failures);
        FileRangeCopy o1 = chunk("orders", 10), o2 = chunk("orders", 10), o3 = chunk("orders", 10);
        q.add(o1);
        q.add(o2);
        q.add(o3);
        assertSame(o1, q.take(null));
        assertSame(o2, q.take(null), "nothing else is queued yet: job B helps rather than idle");
        FileRangeCopy d1 = chunk("docs", 10);
        q.add(d1);
        assertSame(d1, q.take(o2.key()), "job B leaves the shared table for the free one");
        assertSame(o3, q.take(o1.key()), "job A, alone on its table again, keeps it");
    }

    @Test
    void helpGoesToTheTableWithTheMostLeft() throws Exception {
        TableQueues q = new TableQueues(failures);
        FileRangeCopy a1 = chunk("a", 10), a2 = chunk("a", 10);
        FileRangeCopy b1 = chunk("b", 10), b2 = chunk("b", 10), b3 = chunk("b", 10);
        FileRangeCopy c1 = chunk("c", 5);
        for (FileRangeCopy c : new FileRangeCopy[] {a1, a2, b1, b2, b3, c1}) {
            q.add(c);
        }
        assertSame(a1, q.take(null));
        assertSame(b1, q.take(null));
        assertSame(c1, q.take(null));
        assertSame(b2, q.take(c1.key()), "b has 20 bytes left, a 10");
    }

    @Test
    void aWaitingJobGetsTheNextChunkOrTheEndOfTheRun() throws Exception {
        TableQueues q = new TableQueues(failures);
        CompletableFuture<FileRangeCopy> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return q.take(null);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        while (q.waiting() == 0) {
            Thread.onSpinWait();
        }
        FileRangeCopy o1 = chunk("orders", 10);
        q.add(o1);
        assertSame(o1, waiter.get(10, TimeUnit.SECONDS));

        CompletableFuture<FileRangeCopy> last = CompletableFuture.supplyAsync(() -> {
            try {
                return q.take(o1.key());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        q.close();
        assertNull(last.get(10, TimeUnit.SECONDS));
    }

    @Test
    void nothingIsHandedOutOnceTheRestoreStops() throws Exception {
        TableQueues q = new TableQueues(failures);
        q.add(chunk("orders", 10));
        failures.add(RestoreFailure.of(7, "23505", "duplicate key", "COPY orders (id) FROM stdin;"));
        assertNull(q.take(null));
        // the reader is not held up by a full queue that no job will empty any more
        for (int i = 0; i <= TableQueues.MAX_QUEUED; i++) {
            q.add(chunk("docs", 10));
        }
        assertNull(q.take(null));
    }
}
