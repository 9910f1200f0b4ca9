package io.pgjdump.catalog.constraint;

import io.pgjdump.catalog.ObjectKey;

/**
 * A table constraint (pg_constraint row with conrelid set).
 *
 * @param type             'p' primary key, 'u' unique, 'c' check, 'f' foreign key, 'x' exclusion
 * @param definition       pg_get_constraintdef text (includes NOT VALID, DEFERRABLE, ...)
 * @param tableKind        relkind of the table, 'p' for partitioned
 * @param inheritedFromParent conparentid set: created on a partition by its parent's constraint
 * @param indexName        for p/u/x on a partition: qualified name of its index, to attach to the parent's
 * @param parentIndexName  for p/u/x on a partition: qualified name of the parent constraint's index
 * @param parentIndexOid   pg_class oid of that parent index, else 0
 * @param referencedTable  pg_class oid of the referenced table for foreign keys, else 0
 * @param indexOid         oid of the index that backs a p/u/x constraint, else 0
 */
public record Constraint(long oid, long tableOid, String schema, String table, String name, char type,
                         String definition, boolean validated, boolean isLocal, char tableKind,
                         boolean inheritedFromParent, String indexName, String parentIndexName, long parentIndexOid,
                         long referencedTable,
                         long indexOid, String comment) {

    public ObjectKey key() {
        return new ObjectKey("pg_constraint", oid);
    }

    /** A CHECK constraint that CREATE TABLE can carry (valid and not merely inherited). */
    public boolean isInlineCheck() {
        return type == 'c' && validated && isLocal;
    }
}
