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
 * @param dataOnlyTables   relation patterns whose rows are dumped without their definitions (a profile
 *                         uses this for platform schemas such as Supabase's auth); a table also
 *                         selected in full is dumped in full, and -T still leaves it out
 * @param extensionSchemas schemas not dumped whose extensions are still created (IF NOT EXISTS): the
 *                         target has the schema, e.g. Supabase's extensions
 */
public record Selection(List<NamePattern> schemas, List<NamePattern> excludeSchemas, List<NamePattern> tables,
                        List<NamePattern> excludeTables, List<NamePattern> excludeTableData,
                        List<NamePattern> dataOnlyTables, List<NamePattern> extensionSchemas) {

    public Selection {
        schemas = List.copyOf(schemas);
        excludeSchemas = List.copyOf(excludeSchemas);
        tables = List.copyOf(tables);
        excludeTables = List.copyOf(excludeTables);
        excludeTableData = List.copyOf(excludeTableData);
        dataOnlyTables = List.copyOf(dataOnlyTables);
        extensionSchemas = List.copyOf(extensionSchemas);
    }

    /** pg_dump's selection, without data-only tables. */
    public Selection(List<NamePattern> schemas, List<NamePattern> excludeSchemas, List<NamePattern> tables,
                     List<NamePattern> excludeTables, List<NamePattern> excludeTableData) {
        this(schemas, excludeSchemas, tables, excludeTables, excludeTableData, List.of(), List.of());
    }

    /** This selection with more schemas left out, more tables whose rows only are dumped, more extension schemas. */
    public Selection plus(List<NamePattern> moreExcludedSchemas, List<NamePattern> moreDataOnlyTables,
                          List<NamePattern> moreExtensionSchemas) {
        return new Selection(schemas, concat(excludeSchemas, moreExcludedSchemas), tables, excludeTables,
                excludeTableData, concat(dataOnlyTables, moreDataOnlyTables),
                concat(extensionSchemas, moreExtensionSchemas));
    }

    /** Whether the extensions installed in a schema are dumped. */
    public boolean includesExtension(String schema) {
        return includesSchema(schema) || (tables.isEmpty() && !isSystemSchema(schema)
                && extensionSchemas.stream().anyMatch(p -> p.matchesSchema(schema)));
    }

    public static Selection all() {
        return new Selection(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static Selection schemas(String... patterns) {
        return new Selection(java.util.Arrays.stream(patterns).map(NamePattern::forSchema).toList(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
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

    /**
     * Whether a table's rows, and only its rows, are dumped: it matches a data-only pattern, is not
     * selected in full, and no -T pattern leaves it out. Readers of other object kinds never see it.
     */
    public boolean includesDataOnly(String schema, String name, boolean visible) {
        if (dataOnlyTables.isEmpty() || isSystemSchema(schema) || includesRelation(schema, name, visible)) {
            return false;
        }
        return dataOnlyTables.stream().anyMatch(p -> p.matchesRelation(schema, name, visible))
                && excludeTables.stream().noneMatch(p -> p.matchesRelation(schema, name, visible));
    }

    private static List<NamePattern> concat(List<NamePattern> a, List<NamePattern> b) {
        List<NamePattern> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
