package io.pgjdump.catalog.trigger;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.Set;

/** CREATE TRIGGER from the server's deparser, then its enabled state and comment. */
public final class TriggerRenderer {

    private TriggerRenderer() {
    }

    public static DdlItem render(Trigger t, RenderOptions opts) {
        String table = Quote.qualified(t.schema(), t.table());
        StringBuilder sql = new StringBuilder(t.definition()).append(";\n");
        String state = switch (t.enabled()) {
            case 'D' -> "DISABLE TRIGGER ";
            case 'R' -> "ENABLE REPLICA TRIGGER ";
            case 'A' -> "ENABLE ALWAYS TRIGGER ";
            default -> null; // 'O': a new trigger fires in origin and local mode already
        };
        if (state != null) {
            sql.append("ALTER ").append(relationWord(t.relkind())).append(' ').append(table).append(' ')
                    .append(state).append(Quote.ident(t.name())).append(";\n");
        }
        Decorations.comment(sql, "TRIGGER " + Quote.ident(t.name()) + " ON " + table, t.comment(), opts);
        return new DdlItem(ItemKind.TRIGGER.section(), ItemKind.TRIGGER, t.schema(), t.table() + " " + t.name(),
                null, sql.toString(), Set.of(t.key()),
                Set.of(ObjectKey.pgClass(t.tableOid()), new ObjectKey("pg_proc", t.functionOid())));
    }

    /** ALTER TABLE accepts views too, but a foreign table must be named as one. */
    private static String relationWord(char relkind) {
        return relkind == 'f' ? "FOREIGN TABLE" : "TABLE";
    }
}
