package io.pgjdump.catalog;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuoteTest {

    @Test
    void quotesOnlyWhereTheServerWould() {
        assertEquals("orders", Quote.ident("orders"));
        assertEquals("_x1", Quote.ident("_x1"));
        assertEquals("\"x$\"", Quote.ident("x$"));
        assertEquals("\"Orders\"", Quote.ident("Orders"));
        assertEquals("\"order\"", Quote.ident("order"));
        assertEquals("\"select\"", Quote.ident("select"));
        assertEquals("\"with space\"", Quote.ident("with space"));
        assertEquals("\"a\"\"b\"", Quote.ident("a\"b"));
        assertEquals("\"1abc\"", Quote.ident("1abc"));
        assertEquals("\"é\"", Quote.ident("é"));
        assertEquals("\"\"", Quote.ident(""));
        assertEquals("public.\"My Table\"", Quote.qualified("public", "My Table"));
    }

    @Test
    void literalsSurviveAnyStandardConformingStringsSetting() {
        assertEquals("'it''s'", Quote.literal("it's"));
        assertEquals("E'back\\\\slash'", Quote.literal("back\\slash"));
        assertEquals("NULL", Quote.literal(null));
    }
}
