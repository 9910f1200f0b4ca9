package io.pgjdump.restore.exec;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order in which a run of index and key statements is started; no server needed. */
class ParallelDdlTest {

    @Test
    void theBiggestTablesBuildFirstAndEqualOnesKeepFileOrder() throws IOException {
        Classified a = ClassifierTest.classify("ALTER TABLE ONLY public.a ADD CONSTRAINT a_pkey PRIMARY KEY (id);");
        Classified b1 = ClassifierTest.classify("CREATE INDEX b_x ON public.b USING btree (x);");
        Classified big = ClassifierTest.classify("ALTER TABLE ONLY public.big ADD CONSTRAINT big_pkey PRIMARY KEY (id);");
        Classified b2 = ClassifierTest.classify("CREATE INDEX b_y ON public.b USING btree (y);");
        Classified unknown = ClassifierTest.classify("CREATE INDEX u_x ON public.u USING btree (x);");
        Map<String, Long> bytes = Map.of("public.a", 8192L, "public.b", 65536L, "public.big", 1L << 30);
        assertEquals(List.of(big, b1, b2, a, unknown),
                ParallelDdl.biggestFirst(List.of(a, b1, big, b2, unknown), bytes));
    }
}
