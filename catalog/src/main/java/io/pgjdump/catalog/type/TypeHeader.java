package io.pgjdump.catalog.type;

import io.pgjdump.catalog.ObjectKey;

/**
 * What every user-defined type has, whatever its kind.
 *
 * @param arrayOid the implicit array type (pg_type.typarray), 0 if none; columns of type foo[]
 *                 depend on it, so the type's item provides it
 */
public record TypeHeader(long oid, String schema, String name, String owner, long arrayOid, String comment,
                         String acl) {

    public ObjectKey key() {
        return new ObjectKey("pg_type", oid);
    }
}
