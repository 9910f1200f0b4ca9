package io.pgjdump.catalog.schema;

import io.pgjdump.catalog.ObjectKey;

/** A namespace (pg_namespace row) selected for the dump. */
public record Schema(long oid, String name, String owner, String comment, String acl) {

    public ObjectKey key() {
        return new ObjectKey("pg_namespace", oid);
    }
}
