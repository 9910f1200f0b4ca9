package io.pgjdump.catalog;

import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dependency loops in a real catalog: broken the way pg_dump breaks them, or reported, never looped on. */
class PlanLoopsTest {

    private static DdlPlan plan(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try {
                return Catalog.read(c, Selection.all()).plan(RenderOptions.defaults());
            } finally {
                c.rollback();
            }
        }
    }

    private static List<String> names(List<DdlItem> items) {
        return items.stream().map(DdlItem::describe).toList();
    }

    @Test
    void aViewOnALoopWithAFunctionIsSplitAndNothingIsReported() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            db.execute("""
                    CREATE SCHEMA s;
                    CREATE VIEW s.v AS SELECT 1 AS id;
                    CREATE FUNCTION s.f(r s.v) RETURNS integer LANGUAGE sql AS 'SELECT r.id';
                    CREATE OR REPLACE VIEW s.v AS SELECT x.id FROM (SELECT 1 AS id) x WHERE s.f(ROW(x.id)::s.v) = 1;
                    """);
            DdlPlan plan = plan(db);
            assertEquals(List.of(), plan.warnings());
            List<String> pre = names(plan.preData());
            assertTrue(pre.indexOf("VIEW s.v") < pre.indexOf("FUNCTION s.f(r s.v)"), pre.toString());
            assertTrue(names(plan.postData()).contains("RULE s.v _RETURN"), "the real query comes in post-data");
        }
    }

    @Test
    void aLoopNoRendererCanBreakIsReportedAndEveryItemStillPlanned() throws Exception {
        try (TestDatabase db = PgTestServer.get().createDatabase()) {
            // a generated column cannot be split off its table as a default can
            db.execute("""
                    CREATE SCHEMA s;
                    CREATE TABLE s.t (id integer);
                    CREATE FUNCTION s.first(integer) RETURNS s.t IMMUTABLE LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END';
                    ALTER TABLE s.t ADD COLUMN g integer GENERATED ALWAYS AS ((s.first(id)).id) STORED;
                    """);
            DdlPlan plan = plan(db);
            assertEquals(1, plan.warnings().size(), plan.warnings().toString());
            assertTrue(plan.warnings().get(0).startsWith("dependency cycle involving "), plan.warnings().get(0));
            List<String> pre = names(plan.preData());
            assertTrue(pre.contains("TABLE s.t") && pre.contains("FUNCTION s.first(integer)"), pre.toString());
        }
    }
}
