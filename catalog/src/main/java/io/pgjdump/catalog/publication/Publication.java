package io.pgjdump.catalog.publication;

import io.pgjdump.catalog.ObjectKey;

import java.util.List;

/**
 * A publication (logical replication) with the members the dump carries.
 *
 * @param publish   the operations it publishes, in pg_dump's order: insert, update, delete, truncate
 * @param viaRoot   publish_via_partition_root
 * @param tables    FOR TABLE members whose table is dumped
 * @param schemas   FOR TABLES IN SCHEMA members whose schema is dumped (15+)
 */
public record Publication(long oid, String name, String owner, boolean allTables, List<String> publish,
                          boolean viaRoot, String comment, List<Member> tables, List<SchemaMember> schemas) {

    public Publication {
        publish = List.copyOf(publish);
        tables = List.copyOf(tables);
        schemas = List.copyOf(schemas);
    }

    public ObjectKey key() {
        return new ObjectKey("pg_publication", oid);
    }

    /**
     * One table of a publication.
     *
     * @param columns   the column list (15+); empty means every column
     * @param rowFilter pg_get_expr of the WHERE clause (15+), or null
     */
    public record Member(long oid, long tableOid, String schema, String table, List<String> columns,
                         String rowFilter) {

        public Member {
            columns = List.copyOf(columns);
        }
    }

    /** One schema of a publication: all its tables, now and later (15+). */
    public record SchemaMember(long oid, long schemaOid, String schema) {
    }
}
