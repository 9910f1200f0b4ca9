package io.pgjdump.catalog;

import java.util.List;

/**
 * Which objects a dump covers, with pg_dump's rules: {@code -n}/{@code -N} choose schemas,
 * {@code -t}/{@code -T} tables; when any {@code -t} is given only matching tables are dumped.
 * System schemas (pg_catalog, information_schema, pg_toast, pg_temp_*) are never selected.
 *
 * @param schemas          -n patterns; empty means every non-system schema
 * @param excludeSchemas   -N patterns
 * @param tables           -t patterns
 * @param excludeTables    -T patterns
 * @param excludeTableData --exclude-table-data patterns: definition kept, rows left out
 */
public record Selection(List<NamePattern> schemas, List<NamePattern> excludeSchemas, List<NamePattern> tables,
                        List<NamePattern> excludeTables, List<NamePattern> excludeTableData) {

    public Selection {
        schemas = List.copyOf(schemas);
        excludeSchemas = List.copyOf(excludeSchemas);
        tables = List.copyOf(tables);
        excludeTables = List.copyOf(excludeTables);
        excludeTableData = List.copyOf(excludeTableData);
    }

    public static Selection all() {
        return new Selection(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static Selection schemas(String... patterns) {
        return new Selection(java.util.Arrays.stream(patterns).map(NamePattern::forSchema).toList(),
                List.of(), List.of(), List.of(), List.of());
    }

    public static boolean isSystemSchema(String name) {
        return name.equals("pg_catalog") || name.equals("information_schema") || name.startsWith("pg_toast")
                || name.startsWith("pg_temp_");
    }

    /** Whether the schema itself (and objects other than tables in it) is dumped. */
    public boolean includesSchema(String name) {
        if (isSystemSchema(name) || !tables.isEmpty()) {
            return false;
        }
        if (!schemas.isEmpty() && schemas.stream().noneMatch(p -> p.matchesSchema(name))) {
            return false;
        }
        return excludeSchemas.stream().noneMatch(p -> p.matchesSchema(name));
    }

    /**
     * Whether objects that belong to no schema (event triggers, publications, casts, default
     * privileges of no schema, ...) are dumped: as with pg_dump, only when neither -n nor -t narrows
     * the dump; -N and -T leave them in.
     */
    public boolean includesDatabaseObjects() {
        return schemas.isEmpty() && tables.isEmpty();
    }

    /** Whether a table, view, sequence or other relation is dumped. */
    public boolean includesRelation(String schema, String name, boolean visible) {
        if (isSystemSchema(schema)) {
            return false;
        }
        boolean chosen = tables.isEmpty()
                ? includesSchema(schema)
                : tables.stream().anyMatch(p -> p.matchesRelation(schema, name, visible))
                        && excludeSchemas.stream().noneMatch(p -> p.matchesSchema(schema));
        return chosen && excludeTables.stream().noneMatch(p -> p.matchesRelation(schema, name, visible));
    }

    /** Whether the rows of an included table are dumped. */
    public boolean includesData(String schema, String name, boolean visible) {
        return excludeTableData.stream().noneMatch(p -> p.matchesRelation(schema, name, visible));
    }
}
