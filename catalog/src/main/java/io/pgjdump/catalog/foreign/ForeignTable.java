package io.pgjdump.catalog.foreign;

import io.pgjdump.catalog.ObjectKey;

import java.util.List;

/**
 * A foreign table that is neither a partition nor part of an inheritance tree (those are reported
 * as not dumped).
 *
 * @param checks CONSTRAINT name CHECK (...) elements, as written inside CREATE FOREIGN TABLE
 */
public record ForeignTable(long oid, String schema, String name, String owner, String server, long serverOid,
                           List<Column> columns, List<String> checks, List<Option> options, String acl,
                           String comment, long rowTypeOid) {

    public ForeignTable {
        columns = List.copyOf(columns);
        checks = List.copyOf(checks);
        options = List.copyOf(options);
    }

    public ObjectKey key() {
        return ObjectKey.pgClass(oid);
    }

    /**
     * A column of a foreign table.
     *
     * @param type        format_type text
     * @param defaultExpr DEFAULT expression, or the expression of a generated column
     * @param generated   whether defaultExpr is GENERATED ALWAYS AS (...) STORED
     * @param collation   qualified, quoted collation when it differs from the type's, else null
     * @param attrdefOid  the pg_attrdef row of the default (0 if none), which pg_depend ties to what
     *                    the expression uses, e.g. a sequence
     */
    public record Column(String name, String type, boolean notNull, String defaultExpr, long attrdefOid,
                         boolean generated, String collation, List<Option> options, String comment, String acl) {

        public Column {
            options = List.copyOf(options);
        }
    }
}
