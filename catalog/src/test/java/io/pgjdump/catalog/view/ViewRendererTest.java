package io.pgjdump.catalog.view;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewRendererTest {

    private static final RenderOptions BARE = new RenderOptions(true, true, true);

    private static View view(char relkind, List<String> options, String checkOption, boolean populated,
                             List<View.Read> reads) {
        return new View(10, "b", "My View", "alice", relkind, "SELECT t.id,\n    t.label\n   FROM a.t", options,
                checkOption, populated, 11, 12, 13, List.of(
                        new View.ViewColumn("id", "integer", null, "7", 14, null, null),
                        new View.ViewColumn("label", "text", "pg_catalog.\"C\"", null, 0, null, null)),
                null, null, reads);
    }

    @Test
    void optionsGoInWithAndTheCheckOptionAtTheEnd() {
        List<DdlItem> items = ViewRenderer.render(view('v', List.of("security_barrier=true"), "LOCAL", false,
                List.of()), BARE);
        assertEquals(1, items.size());
        assertEquals("CREATE VIEW b.\"My View\" WITH (security_barrier=true) AS\nSELECT t.id,\n    t.label\n   FROM a.t\n"
                + "  WITH LOCAL CHECK OPTION;\nALTER VIEW b.\"My View\" ALTER COLUMN id SET DEFAULT 7;\n", items.get(0).sql());
        assertTrue(items.get(0).provides().containsAll(List.of(ObjectKey.pgClass(10), new ObjectKey("pg_rewrite", 11),
                new ObjectKey("pg_type", 12), new ObjectKey("pg_type", 13), new ObjectKey("pg_attrdef", 14))));
    }

    @Test
    void aPopulatedMaterializedViewIsRefreshedAfterWhatItReads() {
        List<DdlItem> items = ViewRenderer.render(view('m', List.of(), null, true,
                List.of(new View.Read(20, 'm'), new View.Read(21, 'v'))), BARE);
        assertEquals(2, items.size());
        assertTrue(items.get(0).sql().endsWith("   FROM a.t\n  WITH NO DATA;\n"), items.get(0).sql());
        DdlItem refresh = items.get(1);
        assertEquals(Section.POST_DATA, refresh.section());
        assertEquals("REFRESH MATERIALIZED VIEW b.\"My View\";\n", refresh.sql());
        assertEquals(Set.of(ObjectKey.pgClass(10), ViewRenderer.dataKey(20), ViewRenderer.definitionKey(21)),
                refresh.needs());
    }

    @Test
    void anEmptyMaterializedViewIsNotRefreshed() {
        assertEquals(1, ViewRenderer.render(view('m', List.of(), null, false, List.of()), BARE).size());
    }

    @Test
    void aSplitViewIsAPlaceholderWithTheSameColumnsThenItsRealQuery() {
        List<DdlItem> items = ViewRenderer.renderSplit(view('v', List.of("security_barrier=true"), null, false,
                List.of()), BARE);
        assertEquals(Section.PRE_DATA, items.get(0).section());
        assertEquals("CREATE VIEW b.\"My View\" AS\n SELECT NULL::integer AS id,\n"
                + "    NULL::text COLLATE pg_catalog.\"C\" AS label;\n"
                + "ALTER VIEW b.\"My View\" ALTER COLUMN id SET DEFAULT 7;\n", items.get(0).sql());
        assertTrue(!items.get(0).provides().contains(new ObjectKey("pg_rewrite", 11)),
                "the placeholder does not carry the query's dependencies");
        assertEquals(Section.POST_DATA, items.get(1).section());
        assertEquals("CREATE OR REPLACE VIEW b.\"My View\" WITH (security_barrier=true) AS\n"
                + "SELECT t.id,\n    t.label\n   FROM a.t;\n", items.get(1).sql());
        assertTrue(items.get(1).provides().contains(new ObjectKey("pg_rewrite", 11)));
    }
}
