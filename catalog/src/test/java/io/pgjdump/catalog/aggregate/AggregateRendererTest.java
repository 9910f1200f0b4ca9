package io.pgjdump.catalog.aggregate;

import io.pgjdump.catalog.RenderOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AggregateRendererTest {

    private static Aggregate aggregate(char kind, String args, String identity, String argTypes, String initCond,
                                       Aggregate.MovingState moving, String sortOp, char parallel, String acl) {
        return new Aggregate(1, "a", "My Agg", "alice", kind, args, identity, argTypes, "a.step", "bigint", 0, null,
                false, kind == 'n' ? 'r' : 'w', null, null, null, initCond, moving, sortOp, parallel, null, acl);
    }

    @Test
    void zeroArgumentAggregatesAreWrittenWithAStar() {
        Aggregate a = aggregate('n', "", "", "", "0", null, null, 'u', null);
        String sql = AggregateRenderer.render(a, RenderOptions.defaults()).sql();
        assertTrue(sql.startsWith("CREATE AGGREGATE a.\"My Agg\"(*) (\n    SFUNC = a.step,\n    STYPE = bigint,\n"
                + "    FINALFUNC_MODIFY = READ_ONLY,\n    INITCOND = '0'\n);\n"), sql);
        assertTrue(sql.contains("ALTER AGGREGATE a.\"My Agg\"(*) OWNER TO alice;"), sql);
    }

    @Test
    void initialConditionsAreQuotedAsLiterals() {
        Aggregate a = aggregate('n', "text", "text", "text", "it's \\ {\"a\"}", null, null, 'u', null);
        assertEquals(List.of("SFUNC = a.step", "STYPE = bigint", "FINALFUNC_MODIFY = READ_ONLY",
                "INITCOND = E'it''s \\\\ {\"a\"}'"), AggregateRenderer.options(a));
    }

    @Test
    void movingStateSortOperatorAndParallelAreAllWritten() {
        Aggregate.MovingState m = new Aggregate.MovingState("a.mstep", "a.minv", "numeric", 64, "a.mfinal", true, 's',
                "{}");
        Aggregate a = aggregate('n', "integer", "integer", "integer", null, m, "OPERATOR(pg_catalog.>)", 's', null);
        assertEquals(List.of("SFUNC = a.step", "STYPE = bigint", "FINALFUNC_MODIFY = READ_ONLY", "MSFUNC = a.mstep",
                "MINVFUNC = a.minv", "MSTYPE = numeric", "MSSPACE = 64", "MFINALFUNC = a.mfinal", "MFINALFUNC_EXTRA",
                "MFINALFUNC_MODIFY = SHAREABLE", "MINITCOND = '{}'", "SORTOP = OPERATOR(pg_catalog.>)",
                "PARALLEL = SAFE"), AggregateRenderer.options(a));
    }

    @Test
    void orderedSetAggregatesKeepOrderByInCreateButNotInGrant() {
        Aggregate a = aggregate('h', "VARIADIC \"any\" ORDER BY VARIADIC \"any\"",
                "VARIADIC \"any\" ORDER BY VARIADIC \"any\"", "\"any\", \"any\"", null, null, null, 'r',
                "{alice=X/alice}");
        String sql = AggregateRenderer.render(a, RenderOptions.defaults()).sql();
        assertTrue(sql.startsWith("CREATE AGGREGATE a.\"My Agg\"(VARIADIC \"any\" ORDER BY VARIADIC \"any\") ("), sql);
        assertTrue(sql.contains("    FINALFUNC_MODIFY = READ_WRITE,\n    PARALLEL = RESTRICTED,\n    HYPOTHETICAL\n);"),
                sql);
        assertTrue(sql.contains("REVOKE ALL ON FUNCTION a.\"My Agg\"(\"any\", \"any\") FROM PUBLIC;"), sql);
        assertTrue(sql.contains("GRANT EXECUTE ON FUNCTION a.\"My Agg\"(\"any\", \"any\") TO alice;"), sql);
    }
}
