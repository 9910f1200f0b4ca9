package io.pgjdump.catalog;

/**
 * Identifies a catalog row the way pg_depend does: the catalog it lives in (pg_class, pg_proc, ...)
 * and its oid. Dependencies between dump items are resolved through these keys.
 */
public record ObjectKey(String catalog, long oid) {

    public static ObjectKey pgClass(long oid) {
        return new ObjectKey("pg_class", oid);
    }

    @Override
    public String toString() {
        return catalog + ":" + oid;
    }
}
