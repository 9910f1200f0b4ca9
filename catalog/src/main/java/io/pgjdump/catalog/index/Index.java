package io.pgjdump.catalog.index;

import io.pgjdump.catalog.ObjectKey;

/**
 * An index that is not the implementation of a constraint (those come with their constraint).
 *
 * @param definition      pg_get_indexdef text
 * @param parentIndex     qualified, quoted parent index when this index is attached to a partitioned index
 * @param parentIndexOid  its oid, else 0
 * @param replicaIdentity whether the table uses it as REPLICA IDENTITY
 */
public record Index(long oid, long tableOid, String schema, String table, String name, String definition,
                    String parentIndex, long parentIndexOid, boolean replicaIdentity, boolean clustered,
                    String comment) {

    public ObjectKey key() {
        return ObjectKey.pgClass(oid);
    }
}
