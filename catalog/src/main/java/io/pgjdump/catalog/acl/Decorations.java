package io.pgjdump.catalog.acl;

import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;

import java.util.List;

/**
 * What follows an object's CREATE in every kind: its owner, its comment and its privileges.
 * Kept in one place so every kind words them the same way and honours the same switches.
 */
public final class Decorations {

    private Decorations() {
    }

    /** ALTER &lt;target&gt; OWNER TO role; target is e.g. "TABLE public.t" (already quoted). */
    public static void owner(StringBuilder sql, String target, String owner, RenderOptions opts) {
        if (owner != null && !opts.noOwner()) {
            sql.append("ALTER ").append(target).append(" OWNER TO ").append(Quote.ident(owner)).append(";\n");
        }
    }

    /** COMMENT ON &lt;target&gt; IS '...'. */
    public static void comment(StringBuilder sql, String target, String comment, RenderOptions opts) {
        if (comment != null && !opts.noComments()) {
            sql.append("COMMENT ON ").append(target).append(" IS ").append(Quote.literal(comment)).append(";\n");
        }
    }

    /**
     * GRANT/REVOKE statements that turn the default privileges of a new object into the given ACL.
     * A null ACL means the defaults, so nothing is written. Otherwise everything the defaults gave
     * is revoked first and each entry granted in the order the ACL lists it, which reproduces the
     * same aclitem[] on the target.
     *
     * @param objectType the word GRANT uses: TABLE, SEQUENCE, SCHEMA, FUNCTION, TYPE, ...
     * @param name       the object as GRANT names it, already quoted (for functions, with arguments)
     */
    public static void grants(StringBuilder sql, String objectType, String name, String acl, String owner,
                              RenderOptions opts) {
        if (acl == null || opts.noPrivileges()) {
            return;
        }
        String on = " ON " + objectType + " " + name;
        sql.append("REVOKE ALL").append(on).append(" FROM PUBLIC;\n");
        if (owner != null) {
            sql.append("REVOKE ALL").append(on).append(" FROM ").append(Quote.ident(owner)).append(";\n");
        }
        for (AclItem item : AclItem.parseArray(acl)) {
            grant(sql, on, "", item);
        }
    }

    /** Column privileges (pg_attribute.attacl): GRANT SELECT (col) ON TABLE t TO role. */
    public static void columnGrants(StringBuilder sql, String table, String column, String acl, RenderOptions opts) {
        if (acl == null || opts.noPrivileges()) {
            return;
        }
        for (AclItem item : AclItem.parseArray(acl)) {
            grant(sql, " ON TABLE " + table, " (" + Quote.ident(column) + ")", item);
        }
    }

    private static void grant(StringBuilder sql, String on, String columns, AclItem item) {
        String to = item.grantee().isEmpty() ? "PUBLIC" : Quote.ident(item.grantee());
        List<String> plain = names(item.privileges(), item.grantable(), false, columns);
        List<String> withOption = names(item.privileges(), item.grantable(), true, columns);
        if (!plain.isEmpty()) {
            sql.append("GRANT ").append(String.join(",", plain)).append(on).append(" TO ").append(to).append(";\n");
        }
        if (!withOption.isEmpty()) {
            sql.append("GRANT ").append(String.join(",", withOption)).append(on).append(" TO ").append(to)
                    .append(" WITH GRANT OPTION;\n");
        }
    }

    private static List<String> names(String privileges, String grantable, boolean withOption, String columns) {
        List<String> out = new java.util.ArrayList<>();
        for (char c : privileges.toCharArray()) {
            if ((grantable.indexOf(c) >= 0) == withOption) {
                out.add(AclItem.privilegeName(c) + columns);
            }
        }
        return out;
    }
}
