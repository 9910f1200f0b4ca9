package io.pgjdump.catalog.trigger;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.HashSet;
import java.util.Set;

/**
 * CREATE TRIGGER from the server's deparser, then its enabled state and comment. For a
 * partition's inherited trigger only the enabled state is written, after every ancestor trigger
 * (whose own ALTER TABLE reaches down to the partitions and would undo it otherwise).
 */
public final class TriggerRenderer {

    private TriggerRenderer() {
    }

    public static DdlItem render(Trigger t, RenderOptions opts) {
        String table = Quote.qualified(t.schema(), t.table());
        StringBuilder sql = new StringBuilder();
        if (!t.isInherited()) {
            sql.append(t.definition()).append(";\n");
        }
        String state = switch (t.enabled()) {
            case 'D' -> "DISABLE TRIGGER ";
            case 'R' -> "ENABLE REPLICA TRIGGER ";
            case 'A' -> "ENABLE ALWAYS TRIGGER ";
            // 'O': a new trigger fires in origin and local mode already; an inherited one may differ from its parent
            default -> t.isInherited() ? "ENABLE TRIGGER " : null;
        };
        if (state != null) {
            sql.append("ALTER ").append(relationWord(t.relkind())).append(' ').append(table).append(' ')
                    .append(state).append(Quote.ident(t.name())).append(";\n");
        }
        Decorations.comment(sql, "TRIGGER " + Quote.ident(t.name()) + " ON " + table, t.comment(), opts);
        Set<ObjectKey> needs = new HashSet<>();
        needs.add(ObjectKey.pgClass(t.tableOid()));
        needs.add(new ObjectKey("pg_proc", t.functionOid()));
        t.ancestors().forEach(a -> needs.add(new ObjectKey("pg_trigger", a)));
        return new DdlItem(ItemKind.TRIGGER.section(), ItemKind.TRIGGER, t.schema(), t.table() + " " + t.name(),
                null, sql.toString(), Set.of(t.key()), needs);
    }

    /** A foreign table must be named as one; a view's trigger never gets here (its state cannot be changed). */
    private static String relationWord(char relkind) {
        return relkind == 'f' ? "FOREIGN TABLE" : "TABLE";
    }
}
