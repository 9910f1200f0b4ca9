package io.pgjdump.catalog.defaultacl;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.AclItem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ALTER DEFAULT PRIVILEGES statements that turn the baseline into the stored default ACL: REVOKE
 * what the row takes away from the built-in defaults, GRANT what it adds. Nothing is written
 * with -x (no privileges), as with pg_dump.
 */
public final class DefaultAclRenderer {

    private DefaultAclRenderer() {
    }

    public static Optional<DdlItem> render(DefaultAcl d, RenderOptions opts) {
        if (opts.noPrivileges()) {
            return Optional.empty();
        }
        String prefix = "ALTER DEFAULT PRIVILEGES FOR ROLE " + Quote.ident(d.role())
                + (d.schema() == null ? "" : " IN SCHEMA " + Quote.ident(d.schema()));
        String on = " ON " + objectsWord(d.objectType());
        Map<String, AclItem> before = byGrantee(AclItem.parseArray(d.baseline()));
        Map<String, AclItem> after = byGrantee(AclItem.parseArray(d.acl()));
        StringBuilder revokes = new StringBuilder();
        StringBuilder grants = new StringBuilder();
        for (AclItem was : before.values()) {
            AclItem now = after.get(was.grantee());
            String lost = minus(was.privileges(), now == null ? "" : now.privileges());
            if (!lost.isEmpty()) {
                revokes.append(prefix).append(" REVOKE ").append(names(lost)).append(on).append(" FROM ")
                        .append(grantee(was)).append(";\n");
            }
        }
        for (AclItem now : after.values()) {
            AclItem was = before.get(now.grantee());
            String had = was == null ? "" : was.privileges();
            String plain = minus(minus(now.privileges(), now.grantable()), had);
            if (!plain.isEmpty()) {
                grants.append(prefix).append(" GRANT ").append(names(plain)).append(on).append(" TO ")
                        .append(grantee(now)).append(";\n");
            }
            // a privilege already held gains its grant option by granting it again WITH GRANT OPTION
            String withOption = minus(now.grantable(), was == null ? "" : was.grantable());
            if (!withOption.isEmpty()) {
                grants.append(prefix).append(" GRANT ").append(names(withOption)).append(on).append(" TO ")
                        .append(grantee(now)).append(" WITH GRANT OPTION;\n");
            }
        }
        String sql = revokes.toString() + grants;
        if (sql.isEmpty()) {
            return Optional.empty();
        }
        Set<ObjectKey> needs = new HashSet<>();
        if (d.schemaOid() != 0) {
            needs.add(new ObjectKey("pg_namespace", d.schemaOid()));
        }
        String name = objectsWord(d.objectType()) + " FOR ROLE " + d.role();
        return Optional.of(new DdlItem(ItemKind.DEFAULT_ACL.section(), ItemKind.DEFAULT_ACL, d.schema(), name,
                d.role(), sql, Set.of(d.key()), needs));
    }

    static String objectsWord(char objectType) {
        return switch (objectType) {
            case 'r' -> "TABLES";
            case 'S' -> "SEQUENCES";
            case 'f' -> "FUNCTIONS";
            case 'T' -> "TYPES";
            case 'n' -> "SCHEMAS";
            default -> throw new IllegalStateException("unknown default ACL object type '" + objectType + "'");
        };
    }

    private static Map<String, AclItem> byGrantee(List<AclItem> items) {
        Map<String, AclItem> out = new LinkedHashMap<>();
        for (AclItem item : items) {
            AclItem seen = out.get(item.grantee());
            // one grantee may appear once per grantor; default ACLs have one grantor, but merge to be safe
            out.put(item.grantee(), seen == null ? item : new AclItem(item.grantee(),
                    seen.privileges() + minus(item.privileges(), seen.privileges()),
                    seen.grantable() + minus(item.grantable(), seen.grantable()), seen.grantor()));
        }
        return out;
    }

    private static String minus(String letters, String remove) {
        StringBuilder out = new StringBuilder();
        for (char c : letters.toCharArray()) {
            if (remove.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String names(String letters) {
        List<String> out = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            out.add(AclItem.privilegeName(c));
        }
        return String.join(",", out);
    }

    private static String grantee(AclItem item) {
        return item.grantee().isEmpty() ? "PUBLIC" : Quote.ident(item.grantee());
    }
}
