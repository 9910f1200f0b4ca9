package io.pgjdump.catalog.extension;

import io.pgjdump.catalog.ObjectKey;

import java.util.List;
import java.util.Set;

/**
 * An installed extension (pg_extension row) whose schema is selected.
 *
 * @param members      catalog rows the extension owns, so that objects using them (a column of type
 *                     hstore, an index with a gin_trgm_ops class) are ordered after CREATE EXTENSION
 * @param changedAcls  member objects whose privileges were changed after CREATE EXTENSION (they
 *                     differ from pg_init_privs): CREATE EXTENSION alone would not bring them back
 */
public record Extension(long oid, String name, String schema, String version, String comment,
                        Set<ObjectKey> members, List<MemberAcl> changedAcls) {

    public Extension {
        members = Set.copyOf(members);
        changedAcls = List.copyOf(changedAcls);
    }

    /**
     * The privileges of one member object.
     *
     * @param objectType the word GRANT uses: FUNCTION, PROCEDURE, TABLE or SEQUENCE
     * @param target     the object as GRANT names it, quoted (functions with their argument types)
     */
    public record MemberAcl(String objectType, String target, String acl, String owner) {
    }

    public ObjectKey key() {
        return new ObjectKey("pg_extension", oid);
    }
}
