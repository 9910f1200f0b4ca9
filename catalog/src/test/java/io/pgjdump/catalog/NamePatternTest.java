package io.pgjdump.catalog;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** pg_dump's pattern rules: wildcards, case folding outside quotes, dots split schema from name. */
class NamePatternTest {

    @Test
    void wildcardsAndCaseFolding() {
        NamePattern p = NamePattern.forSchema("App*");
        assertTrue(p.matchesSchema("app"));
        assertTrue(p.matchesSchema("app_v2"));
        assertFalse(p.matchesSchema("App"));
        assertTrue(NamePattern.forSchema("a?c").matchesSchema("abc"));
        assertFalse(NamePattern.forSchema("a?c").matchesSchema("abbc"));
    }

    @Test
    void quotedPartsAreLiteral() {
        assertTrue(NamePattern.forSchema("\"App*\"").matchesSchema("App*"));
        assertFalse(NamePattern.forSchema("\"App*\"").matchesSchema("App1"));
        assertTrue(NamePattern.forRelation("\"My.Schema\".\"T\"").matchesRelation("My.Schema", "T", false));
    }

    @Test
    void unqualifiedRelationPatternsMatchOnlyVisibleRelations() {
        NamePattern p = NamePattern.forRelation("orders");
        assertTrue(p.matchesRelation("public", "orders", true));
        assertFalse(p.matchesRelation("other", "orders", false));
        assertTrue(NamePattern.forRelation("other.ord*").matchesRelation("other", "orders", false));
    }

    @Test
    void regexCharactersAreNotSpecial() {
        assertFalse(NamePattern.forSchema("a+b").matchesSchema("aab"));
        assertTrue(NamePattern.forSchema("a+b").matchesSchema("a+b"));
    }

    @Test
    void tooManyDotsIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> NamePattern.forRelation("a.b.c"));
    }
}
