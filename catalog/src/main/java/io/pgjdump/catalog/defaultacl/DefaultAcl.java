package io.pgjdump.catalog.defaultacl;

import io.pgjdump.catalog.ObjectKey;

/**
 * One pg_default_acl row: the privileges objects of one type get when {@code role} creates them
 * (in {@code schema}, or anywhere when schema is null).
 *
 * @param objectType pg_default_acl.defaclobjtype: 'r' tables, 'S' sequences, 'f' functions, 'T' types, 'n' schemas
 * @param acl        the default ACL as aclitem[] text
 * @param baseline   what the server gives without this row, as aclitem[] text: the built-in
 *                   defaults (acldefault) for a database-wide row, nothing for a per-schema row
 *                   (per-schema rows only add to the database-wide ones)
 */
public record DefaultAcl(long oid, String role, String schema, long schemaOid, char objectType, String acl,
                         String baseline) {

    public ObjectKey key() {
        return new ObjectKey("pg_default_acl", oid);
    }
}
