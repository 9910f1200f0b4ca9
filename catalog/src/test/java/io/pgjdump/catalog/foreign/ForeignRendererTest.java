package io.pgjdump.catalog.foreign;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.RenderOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForeignRendererTest {

    private static final RenderOptions BARE = new RenderOptions(true, true, true);

    @Test
    void storedOptionsSplitAtTheFirstEqualsSign() {
        assertEquals(List.of(new Option("a", "b=c"), new Option("flag", "")), Option.parse(List.of("a=b=c", "flag")));
        assertEquals(" OPTIONS (\"user\" 'x', \"Odd Key\" E'it''s \\\\')",
                Option.clause(List.of(new Option("user", "x"), new Option("Odd Key", "it's \\"))));
    }

    @Test
    void wrapperServerAndMappings() {
        ForeignDataWrapper w = new ForeignDataWrapper(1, "w", "postgres", "s.\"H\"", null, List.of(), null, null);
        assertEquals("CREATE FOREIGN DATA WRAPPER w HANDLER s.\"H\";\n", ForeignRenderer.render(w, BARE).sql());
        ForeignServer s = new ForeignServer(2, "S x", "alice", "w", 1, "t", null, List.of(new Option("host", "h")),
                null, null, List.of(new ForeignServer.UserMapping(3, null, List.of()),
                new ForeignServer.UserMapping(4, "Bob", List.of(new Option("password", "p'w")))));
        List<DdlItem> items = ForeignRenderer.render(s, BARE);
        assertEquals("CREATE SERVER \"S x\" TYPE 't' FOREIGN DATA WRAPPER w OPTIONS (host 'h');\n", items.get(0).sql());
        assertEquals("CREATE USER MAPPING FOR PUBLIC SERVER \"S x\";\n", items.get(1).sql());
        assertEquals("CREATE USER MAPPING FOR \"Bob\" SERVER \"S x\" OPTIONS (password 'p''w');\n", items.get(2).sql());
    }

    @Test
    void foreignTableColumnsInTheirGrammarOrder() {
        ForeignTable t = new ForeignTable(5, "s", "T", "alice", "srv", 2, List.of(
                new ForeignTable.Column("id", "integer", true, null, 0, false, null,
                        List.of(new Option("column_name", "ID")), null, null),
                new ForeignTable.Column("n", "text", false, "'x'::text", 7, false, "pg_catalog.\"C\"", List.of(), null,
                        null)), List.of("CONSTRAINT c CHECK ((id > 0))"), List.of(), null, null, 6);
        assertEquals("""
                CREATE FOREIGN TABLE s."T" (
                    id integer OPTIONS (column_name 'ID') NOT NULL,
                    n text COLLATE pg_catalog."C" DEFAULT 'x'::text,
                    CONSTRAINT c CHECK ((id > 0))
                )
                SERVER srv;
                """, ForeignRenderer.render(t, BARE).sql());
    }
}
