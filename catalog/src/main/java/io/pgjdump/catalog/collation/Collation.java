package io.pgjdump.catalog.collation;

import io.pgjdump.catalog.ObjectKey;

/**
 * A collation created by a user (pg_collation row in a selected schema).
 *
 * @param provider      'c' libc, 'i' ICU, 'b' builtin (17+); 'd' (database default) never appears here
 * @param lcCollate     libc LC_COLLATE, or null
 * @param lcCtype       libc LC_CTYPE, or null
 * @param locale        ICU or builtin locale, or null
 * @param icuRules      ICU tailoring rules (16+), or null
 */
public record Collation(long oid, String schema, String name, String owner, char provider, boolean deterministic,
                        String lcCollate, String lcCtype, String locale, String icuRules, String comment) {

    public ObjectKey key() {
        return new ObjectKey("pg_collation", oid);
    }
}
