package io.pgjdump.catalog.extension;

import io.pgjdump.catalog.ObjectKey;

import java.util.Set;

/**
 * An installed extension (pg_extension row) whose schema is selected.
 *
 * @param members catalog rows the extension owns, so that objects using them (a column of type
 *                hstore, an index with a gin_trgm_ops class) are ordered after CREATE EXTENSION
 */
public record Extension(long oid, String name, String schema, String version, String comment,
                        Set<ObjectKey> members) {

    public Extension {
        members = Set.copyOf(members);
    }

    public ObjectKey key() {
        return new ObjectKey("pg_extension", oid);
    }
}
