package io.pgjdump.catalog.sequence;

import io.pgjdump.catalog.ObjectKey;

/**
 * A sequence (pg_class relkind 'S' with its pg_sequence row).
 *
 * @param type          format_type of seqtypid, e.g. bigint
 * @param ownedByTable  qualified, quoted table of OWNED BY, or null
 * @param ownedByColumn column of OWNED BY, or null
 * @param ownedByOid    pg_class oid of that table, or 0
 * @param identity      true for an identity column's sequence: created by its column, not by CREATE SEQUENCE
 */
public record Sequence(long oid, String schema, String name, String owner, String type, long start, long increment,
                       long min, long max, long cache, boolean cycle, boolean unlogged, String ownedByTable,
                       String ownedByColumn, long ownedByOid, boolean identity, String comment, String acl) {

    public ObjectKey key() {
        return ObjectKey.pgClass(oid);
    }
}
