package io.pgjdump.catalog.policy;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.Set;
import java.util.stream.Collectors;

/** CREATE POLICY with its kind, command, roles and expressions, then its comment. */
public final class PolicyRenderer {

    private PolicyRenderer() {
    }

    public static DdlItem render(Policy p, RenderOptions opts) {
        String table = Quote.qualified(p.schema(), p.table());
        StringBuilder sql = new StringBuilder("CREATE POLICY ").append(Quote.ident(p.name())).append(" ON ")
                .append(table);
        // PERMISSIVE is the default; saying it anyway makes the script read the same as the catalog
        sql.append(p.permissive() ? " AS PERMISSIVE" : " AS RESTRICTIVE");
        sql.append(" FOR ").append(commandWord(p));
        sql.append(" TO ").append(p.roles().isEmpty() ? "PUBLIC"
                : p.roles().stream().map(Quote::ident).collect(Collectors.joining(", ")));
        if (p.using() != null) {
            sql.append(" USING (").append(p.using()).append(")");
        }
        if (p.withCheck() != null) {
            sql.append(" WITH CHECK (").append(p.withCheck()).append(")");
        }
        sql.append(";\n");
        Decorations.comment(sql, "POLICY " + Quote.ident(p.name()) + " ON " + table, p.comment(), opts);
        return new DdlItem(ItemKind.POLICY.section(), ItemKind.POLICY, p.schema(), p.table() + " " + p.name(), null,
                sql.toString(), Set.of(p.key()), Set.of(ObjectKey.pgClass(p.tableOid())));
    }

    private static String commandWord(Policy p) {
        return switch (p.command()) {
            case '*' -> "ALL";
            case 'r' -> "SELECT";
            case 'a' -> "INSERT";
            case 'w' -> "UPDATE";
            case 'd' -> "DELETE";
            default -> throw new IllegalStateException("policy " + p.name() + " on " + p.schema() + "."
                    + p.table() + ": unknown command '" + p.command() + "'");
        };
    }
}
