package io.pgjdump.catalog;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The additions a profile uses: data-only tables and extension schemas, alongside pg_dump's rules. */
class SelectionTest {

    private static final Selection PROFILE = Selection.all().plus(
            List.of(NamePattern.forSchema("auth"), NamePattern.forSchema("extensions")),
            List.of(NamePattern.forRelation("auth.*")), List.of(NamePattern.forSchema("extensions")));

    @Test
    void dataOnlyTablesAreNotRelationsOfTheDump() {
        assertTrue(PROFILE.includesDataOnly("auth", "users", false));
        assertFalse(PROFILE.includesRelation("auth", "users", false), "no DDL for a data-only table");
        assertFalse(PROFILE.includesSchema("auth"));
        assertTrue(PROFILE.includesRelation("public", "todos", true));
        assertFalse(PROFILE.includesDataOnly("public", "todos", true), "a table dumped whole is not data-only");
    }

    @Test
    void excludeTableStillLeavesOutADataOnlyTable() {
        Selection s = new Selection(List.of(), List.of(), List.of(), List.of(NamePattern.forRelation("auth.sessions")),
                List.of()).plus(List.of(NamePattern.forSchema("auth")), List.of(NamePattern.forRelation("auth.*")),
                List.of());
        assertFalse(s.includesDataOnly("auth", "sessions", false));
        assertTrue(s.includesDataOnly("auth", "users", false));
    }

    @Test
    void extensionsOfAnExcludedSchemaAreCreatedWhenAsked() {
        assertTrue(PROFILE.includesExtension("extensions"));
        assertTrue(PROFILE.includesExtension("public"));
        assertFalse(PROFILE.includesExtension("auth"));
        assertFalse(Selection.all().plus(List.of(NamePattern.forSchema("extensions")), List.of(), List.of())
                .includesExtension("extensions"), "without the profile's request, pg_dump's rule");
        assertFalse(PROFILE.includesExtension("pg_catalog"));
    }

    @Test
    void pgDumpSelectionsHaveNoDataOnlyTables() {
        assertFalse(Selection.all().includesDataOnly("auth", "users", false));
        assertFalse(Selection.schemas("public").includesDataOnly("public", "t", true));
    }
}
