package io.pgjdump.catalog.publication;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.RenderOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicationRendererTest {

    @Test
    void publicationThenOneItemPerMember() {
        Publication p = new Publication(1, "Pub", "alice", false, List.of("insert", "delete"), true, null,
                List.of(new Publication.Member(2, 3, "s", "T", List.of("id", "Select"), "(id > 0)")),
                List.of(new Publication.SchemaMember(4, 5, "Odd s")));
        List<DdlItem> items = PublicationRenderer.render(p, new RenderOptions(true, false, false));
        assertEquals(List.of(ItemKind.PUBLICATION, ItemKind.PUBLICATION_TABLE, ItemKind.PUBLICATION_SCHEMA),
                items.stream().map(DdlItem::kind).toList());
        assertEquals("CREATE PUBLICATION \"Pub\" WITH (publish = 'insert, delete', publish_via_partition_root = true);\n",
                items.get(0).sql(), "no owner with -O");
        assertEquals("ALTER PUBLICATION \"Pub\" ADD TABLE ONLY s.\"T\" (id, \"Select\") WHERE ((id > 0));\n",
                items.get(1).sql());
        assertEquals("ALTER PUBLICATION \"Pub\" ADD TABLES IN SCHEMA \"Odd s\";\n", items.get(2).sql());
    }

    @Test
    void allTablesAndNothingPublished() {
        Publication p = new Publication(1, "p", "postgres", true, List.of(), false, "c", List.of(), List.of());
        assertEquals("""
                CREATE PUBLICATION p FOR ALL TABLES WITH (publish = '');
                ALTER PUBLICATION p OWNER TO postgres;
                COMMENT ON PUBLICATION p IS 'c';
                """, PublicationRenderer.render(p, RenderOptions.defaults()).get(0).sql());
    }
}
