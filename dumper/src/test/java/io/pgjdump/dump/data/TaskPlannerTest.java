package io.pgjdump.dump.data;

import io.pgjdump.catalog.ServerVersion;
import io.pgjdump.catalog.table.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskPlannerTest {

    private static final ServerVersion PG15 = new ServerVersion(150000);
    private static final long MIB = 1 << 20;

    private final TaskPlanner planner = new TaskPlanner(64 * MIB, 32 * MIB);

    @Test
    void bigTableIsCutIntoConsecutiveRangesWithAnOpenEnd() {
        Table big = table(1, "big");
        List<DataTask> tasks = planner.plan(PG15, List.of(big), Map.of(1L, size(200 * MIB)));
        // 25600 pages in 7 ranges of 3658 pages
        assertEquals(7, tasks.size(), "200 MiB in ranges of at most 32 MiB");
        long expectedFirst = 0;
        for (int i = 0; i < tasks.size(); i++) {
            DataTask t = tasks.get(i);
            assertEquals(i, t.order());
            assertEquals(i, t.part());
            assertEquals(7, t.parts());
            assertEquals(expectedFirst, t.firstPage(), "ranges leave no gap");
            expectedFirst = t.endPage();
        }
        assertEquals(-1, tasks.get(6).endPage(), "the last range is open-ended");
        assertTrue(tasks.get(6).copyOutSql().endsWith("WHERE ctid >= '(21948,0)'::pg_catalog.tid) TO STDOUT"),
                tasks.get(6).copyOutSql());
        assertTrue(tasks.get(0).copyOutSql().contains("ctid >= '(0,0)'::pg_catalog.tid AND ctid < '(3658,0)'"),
                tasks.get(0).copyOutSql());
    }

    @Test
    void largestFirstThenNameAndRangesOfATableStayTogether() {
        Table a = table(1, "a_small");
        Table b = table(2, "b_big");
        Table c = table(3, "c_small");
        Table d = table(4, "d_mid");
        List<DataTask> tasks = planner.plan(PG15, List.of(a, b, c, d),
                Map.of(1L, size(MIB), 2L, size(100 * MIB), 3L, size(MIB), 4L, size(10 * MIB)));
        assertEquals(List.of("b_big", "b_big", "b_big", "b_big", "d_mid", "a_small", "c_small"),
                tasks.stream().map(t -> t.table().name()).toList());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), tasks.stream().map(DataTask::order).toList());
    }

    @Test
    void beforePostgres14TablesStayWhole() {
        List<DataTask> tasks = planner.plan(new ServerVersion(130010), List.of(table(1, "big")),
                Map.of(1L, size(500 * MIB)));
        assertEquals(1, tasks.size());
        assertEquals(-1, tasks.get(0).firstPage());
        assertTrue(tasks.get(0).copyOutSql().startsWith("COPY public.big"), tasks.get(0).copyOutSql());
    }

    @Test
    void tableAtTheThresholdStaysWhole() {
        List<DataTask> tasks = planner.plan(PG15, List.of(table(1, "t")), Map.of(1L, size(64 * MIB)));
        assertEquals(1, tasks.size());
    }

    private static TaskPlanner.Size size(long heapBytes) {
        return new TaskPlanner.Size(heapBytes, heapBytes, 8192);
    }

    private static Table table(long oid, String name) {
        return new Table(oid, "public", name, "postgres", 'r', 'p', List.of(), List.of(), null, null, null, null,
                List.of(), 'd', false, false, null, null, 0, 0, -1, true, true);
    }
}
