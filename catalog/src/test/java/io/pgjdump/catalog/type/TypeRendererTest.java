package io.pgjdump.catalog.type;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.depend.Dependency;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeRendererTest {

    private static TypeHeader header(String schema, String name) {
        return new TypeHeader(100, schema, name, "alice", 101, null, null);
    }

    @Test
    void enumLabelsAreLiteralsInSortOrder() {
        UserType.Enum e = new UserType.Enum(header("a", "Mood"),
                List.of("sad", "it's", "back\\slash", "", "émoji 😀", "select"));
        StringBuilder sql = new StringBuilder();
        TypeRenderer.enumDefinition(sql, "a.\"Mood\"", e);
        assertEquals("CREATE TYPE a.\"Mood\" AS ENUM (\n    'sad',\n    'it''s',\n    E'back\\\\slash',\n    '',\n"
                + "    'émoji 😀',\n    'select'\n);\n", sql.toString());
    }

    @Test
    void anEnumWithoutLabelsIsStillValidSql() {
        StringBuilder sql = new StringBuilder();
        TypeRenderer.enumDefinition(sql, "a.e", new UserType.Enum(header("a", "e"), List.of()));
        assertEquals("CREATE TYPE a.e AS ENUM ();\n", sql.toString());
    }

    @Test
    void notValidDomainConstraintsAreAddedAfterCreateDomain() {
        UserType.Domain d = new UserType.Domain(header("a", "Even Int"), "integer", null, "2", true, List.of(
                new UserType.DomainConstraint(1, "must be even", "CHECK (a.is_even(VALUE))", true, null),
                new UserType.DomainConstraint(2, "small", "CHECK ((VALUE < 10)) NOT VALID", false, null)));
        StringBuilder sql = new StringBuilder();
        TypeRenderer.domainDefinition(sql, "a.\"Even Int\"", d);
        assertEquals("CREATE DOMAIN a.\"Even Int\" AS integer DEFAULT 2 NOT NULL\n"
                + "    CONSTRAINT \"must be even\" CHECK (a.is_even(VALUE));\n"
                + "ALTER DOMAIN a.\"Even Int\" ADD CONSTRAINT small CHECK ((VALUE < 10)) NOT VALID;\n", sql.toString());
    }

    @Test
    void aNamedNotNullConstraintIsWrittenByNameOnly() {
        // PostgreSQL 17 keeps domain NOT NULL as a pg_constraint row with a name of its own
        UserType.Domain d = new UserType.Domain(header("a", "d"), "text", "pg_catalog.\"C\"", null, true,
                List.of(new UserType.DomainConstraint(1, "d_nn", "NOT NULL", true, null)));
        StringBuilder sql = new StringBuilder();
        TypeRenderer.domainDefinition(sql, "a.d", d);
        assertEquals("CREATE DOMAIN a.d AS text COLLATE pg_catalog.\"C\"\n    CONSTRAINT d_nn NOT NULL;\n",
                sql.toString());
    }

    @Test
    void compositeAttributesKeepTheirCollations() {
        UserType.Composite c = new UserType.Composite(header("a", "p"), 7, List.of(
                new UserType.Attribute("x", "double precision", null, null),
                new UserType.Attribute("Label", "text", "pg_catalog.\"C\"", "a name")));
        List<DdlItem> items = TypeRenderer.render(c, RenderOptions.defaults());
        String sql = items.get(0).sql();
        assertTrue(sql.startsWith("CREATE TYPE a.p AS (\n    x double precision,\n    \"Label\" text COLLATE pg_catalog.\"C\"\n);\n"),
                sql);
        assertTrue(sql.contains("COMMENT ON COLUMN a.p.\"Label\" IS 'a name';\n"));
        assertTrue(items.get(0).provides().contains(ObjectKey.pgClass(7)), "column dependencies hang on the pg_class row");
        assertTrue(items.get(0).provides().contains(new ObjectKey("pg_type", 101)), "and foo[] on the array type");
    }

    @Test
    void aRangeWithACanonicalFunctionStartsAsAShell() {
        UserType.Range r = new UserType.Range(header("a", "r"), "integer", null, null, "a.canon", 55, "a.diff",
                "a.r_multi", 102, 103);
        List<DdlItem> items = TypeRenderer.render(r, new RenderOptions(true, false, false));
        assertEquals(2, items.size());
        assertEquals("CREATE TYPE a.r;\n", items.get(0).sql());
        assertEquals("CREATE TYPE a.r AS RANGE (\n    subtype = integer,\n    multirange_type_name = a.r_multi,\n"
                + "    canonical = a.canon,\n    subtype_diff = a.diff\n);\n", items.get(1).sql());
        assertTrue(items.get(1).needs().contains(new ObjectKey("pg_proc", 55)));
        assertTrue(items.get(1).provides().containsAll(List.of(new ObjectKey("pg_type", 102), new ObjectKey("pg_type", 103))));

        Dependency fnOnType = new Dependency(new ObjectKey("pg_proc", 55), new ObjectKey("pg_type", 100));
        Dependency other = new Dependency(new ObjectKey("pg_proc", 56), new ObjectKey("pg_type", 100));
        assertEquals(List.of(new Dependency(new ObjectKey("pg_proc", 55), TypeRenderer.shellKey(100)), other),
                TypeRenderer.redirectToShells(List.of(fnOnType, other), List.of(r)),
                "only the canonical function waits for the shell instead of the type");
    }
}
