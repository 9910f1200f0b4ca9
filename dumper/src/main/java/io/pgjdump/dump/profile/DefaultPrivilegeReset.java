package io.pgjdump.dump.profile;

import io.pgjdump.catalog.Catalog;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.AclItem;
import io.pgjdump.catalog.acl.Decorations;
import io.pgjdump.catalog.defaultacl.DefaultAcl;
import io.pgjdump.catalog.function.Function;
import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.catalog.table.Table;
import io.pgjdump.catalog.view.View;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Supabase project has default privileges in public (ALL on new tables, sequences and functions
 * to anon, authenticated and service_role), so every object the restore creates starts with those
 * grants, whatever the source had: a table whose grants the user revoked would come back readable
 * by anon. The rendered GRANTs only add. This resets each object's privileges after the fact:
 * revoke from every role the source's default privileges name, then grant exactly what the source
 * object had.
 */
final class DefaultPrivilegeReset {

    private DefaultPrivilegeReset() {
    }

    static String render(Catalog catalog, RenderOptions render) {
        if (render.noPrivileges() || catalog.defaultAcls().isEmpty()) {
            return "";
        }
        StringBuilder sql = new StringBuilder();
        for (Table t : catalog.tables()) {
            String qname = Quote.qualified(t.schema(), t.name());
            if (reset(sql, catalog, 'r', "TABLE", qname, t.schema(), t.owner(), t.acl(), render)) {
                // REVOKE ALL ON TABLE takes the column privileges too
                t.columns().forEach(c -> Decorations.columnGrants(sql, qname, c.name(), c.acl(), render));
            }
        }
        for (View v : catalog.objects().views()) {
            String qname = Quote.qualified(v.schema(), v.name());
            if (reset(sql, catalog, 'r', "TABLE", qname, v.schema(), v.owner(), v.acl(), render)) {
                v.columns().forEach(c -> Decorations.columnGrants(sql, qname, c.name(), c.acl(), render));
            }
        }
        for (Sequence s : catalog.sequences()) {
            reset(sql, catalog, 'S', "SEQUENCE", Quote.qualified(s.schema(), s.name()), s.schema(), s.owner(),
                    s.acl(), render);
        }
        for (Function f : catalog.objects().functions()) {
            reset(sql, catalog, 'f', f.keyword(), Quote.qualified(f.schema(), f.name()) + "(" + f.identityArgs() + ")",
                    f.schema(), f.owner(), f.acl(), render);
        }
        return sql.isEmpty() ? "" : "--\n-- Privileges as in the source, not as the target's default privileges"
                + " would set them\n--\n\n" + sql + "\n";
    }

    /** Returns whether anything was revoked (so column privileges must be granted again). */
    private static boolean reset(StringBuilder sql, Catalog catalog, char objectType, String keyword, String name,
                                 String schema, String owner, String acl, RenderOptions render) {
        Set<String> grantees = grantees(catalog.defaultAcls(), objectType, schema, owner);
        if (grantees.isEmpty()) {
            return false;
        }
        sql.append("REVOKE ALL ON ").append(keyword).append(' ').append(name).append(" FROM ")
                .append(String.join(", ", grantees.stream().map(Quote::ident).toList())).append(";\n");
        Decorations.grants(sql, keyword, name, acl, owner, render);
        return true;
    }

    /**
     * Roles that default privileges for objects of this type in this schema (or everywhere) name,
     * other than the owner and PUBLIC: those are what a fresh object may have gained in the target.
     */
    private static Set<String> grantees(List<DefaultAcl> defaults, char objectType, String schema, String owner) {
        Set<String> out = new TreeSet<>();
        for (DefaultAcl d : defaults) {
            if (d.objectType() != objectType || (d.schema() != null && !d.schema().equals(schema))) {
                continue;
            }
            for (AclItem item : AclItem.parseArray(d.acl())) {
                if (!item.grantee().isEmpty() && !item.grantee().equals(owner)) {
                    out.add(item.grantee());
                }
            }
        }
        return out;
    }
}
