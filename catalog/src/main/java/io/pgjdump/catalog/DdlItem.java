package io.pgjdump.catalog;

import java.util.List;
import java.util.Set;

/**
 * One entry of the dump script: a piece of SQL with what it is (for ordering, messages and the
 * manifest) and which catalog objects it creates and needs.
 *
 * @param section   where in the script it belongs
 * @param kind      what it is, e.g. "TABLE", "INDEX", "FK CONSTRAINT"
 * @param schema    schema of the object, or null for global objects
 * @param name      the object's name as a reader would say it (unquoted; may contain the table name)
 * @param owner     the role that owns it, or null
 * @param sql       complete statements, each ending with ";\n"
 * @param provides  catalog rows this item creates (so others can depend on it)
 * @param needs     catalog rows this item refers to, beyond what pg_depend records
 */
public record DdlItem(Section section, ItemKind kind, String schema, String name, String owner, String sql,
                      Set<ObjectKey> provides, Set<ObjectKey> needs) {

    public DdlItem {
        provides = Set.copyOf(provides);
        needs = Set.copyOf(needs);
    }

    public static DdlItem of(ItemKind kind, String schema, String name, String owner, String sql, ObjectKey provides) {
        return new DdlItem(kind.section(), kind, schema, name, owner, sql, Set.of(provides), Set.of());
    }

    public DdlItem needing(ObjectKey... more) {
        java.util.HashSet<ObjectKey> all = new java.util.HashSet<>(needs);
        all.addAll(List.of(more));
        return new DdlItem(section, kind, schema, name, owner, sql, provides, all);
    }

    /** "TABLE public.orders", for messages and the manifest. */
    public String describe() {
        return kind.label() + " " + (schema == null ? name : schema + "." + name);
    }
}
