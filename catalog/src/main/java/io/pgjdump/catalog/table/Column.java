package io.pgjdump.catalog.table;

/**
 * A live (not dropped) column.
 *
 * @param type           format_type() text, already quoted by the server
 * @param defaultExpr    pg_get_expr of the default, or of the generation expression when generated
 * @param attrdefOid     pg_attrdef oid of the default, 0 if none (pg_depend records default dependencies on it)
 * @param identity       'a' ALWAYS, 'd' BY DEFAULT, or 0
 * @param generated      's' stored, or 0
 * @param collation      qualified, quoted collation when it differs from the type's, else null
 * @param storage        storage keyword (PLAIN, EXTERNAL, ...) when it differs from the type's, else null
 * @param compression    pglz or lz4 when set explicitly (PostgreSQL 14+), else null
 * @param isLocal        false when only inherited from a parent, so CREATE TABLE must not repeat it
 * @param identitySequence options of the identity sequence, or null
 */
public record Column(int num, String name, String type, boolean notNull, String defaultExpr, long attrdefOid,
                     char identity, char generated, String collation, String storage, String compression,
                     boolean isLocal, String comment, String acl, IdentitySequence identitySequence) {

    /** The same column without its default, which is then set by a separate statement. */
    public Column withoutDefault() {
        return new Column(num, name, type, notNull, null, 0, identity, generated, collation, storage, compression,
                isLocal, comment, acl, identitySequence);
    }

    public boolean isGenerated() {
        return generated != 0;
    }

    /** Identity column options; all bounds are written explicitly so nothing depends on defaults. */
    public record IdentitySequence(String schema, String name, long start, long increment, long min, long max,
                                   long cache, boolean cycle) {
    }
}
