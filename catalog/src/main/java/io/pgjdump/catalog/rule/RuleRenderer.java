package io.pgjdump.catalog.rule;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.Set;

/** The server's CREATE RULE text, then its enabled state and comment (post-data, after the data is in). */
public final class RuleRenderer {

    private RuleRenderer() {
    }

    public static DdlItem render(Rule r, RenderOptions opts) {
        String table = Quote.qualified(r.schema(), r.relation());
        StringBuilder sql = new StringBuilder(r.definition().stripTrailing());
        if (!sql.toString().endsWith(";")) {
            sql.append(';');
        }
        sql.append('\n');
        String state = switch (r.enabled()) {
            case 'D' -> " DISABLE RULE ";
            case 'R' -> " ENABLE REPLICA RULE ";
            case 'A' -> " ENABLE ALWAYS RULE ";
            default -> null;
        };
        if (state != null) {
            // ALTER VIEW has no rule clauses; ALTER TABLE accepts a view here
            sql.append("ALTER TABLE ").append(table).append(state).append(Quote.ident(r.name())).append(";\n");
        }
        Decorations.comment(sql, "RULE " + Quote.ident(r.name()) + " ON " + table, r.comment(), opts);
        return new DdlItem(ItemKind.RULE.section(), ItemKind.RULE, r.schema(), r.relation() + " " + r.name(), null,
                sql.toString(), Set.of(r.key()), Set.of(ObjectKey.pgClass(r.relationOid())));
    }
}
