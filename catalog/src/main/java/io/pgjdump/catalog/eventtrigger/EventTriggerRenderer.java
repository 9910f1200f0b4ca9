package io.pgjdump.catalog.eventtrigger;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.Set;
import java.util.stream.Collectors;

/** CREATE EVENT TRIGGER, its enabled state, owner and comment. */
public final class EventTriggerRenderer {

    private EventTriggerRenderer() {
    }

    public static DdlItem render(EventTrigger e, RenderOptions opts) {
        String name = Quote.ident(e.name());
        StringBuilder sql = new StringBuilder("CREATE EVENT TRIGGER ").append(name).append(" ON ")
                .append(Quote.ident(e.event()));
        if (!e.tags().isEmpty()) {
            sql.append("\n    WHEN TAG IN (")
                    .append(e.tags().stream().map(Quote::literal).collect(Collectors.joining(", "))).append(")");
        }
        sql.append("\n    EXECUTE FUNCTION ").append(Quote.qualified(e.functionSchema(), e.functionName()))
                .append("();\n");
        String state = switch (e.enabled()) {
            case 'D' -> "DISABLE";
            case 'R' -> "ENABLE REPLICA";
            case 'A' -> "ENABLE ALWAYS";
            default -> null;
        };
        if (state != null) {
            sql.append("ALTER EVENT TRIGGER ").append(name).append(' ').append(state).append(";\n");
        }
        Decorations.owner(sql, "EVENT TRIGGER " + name, e.owner(), opts);
        Decorations.comment(sql, "EVENT TRIGGER " + name, e.comment(), opts);
        return new DdlItem(ItemKind.EVENT_TRIGGER.section(), ItemKind.EVENT_TRIGGER, null, e.name(), e.owner(),
                sql.toString(), Set.of(e.key()), Set.of(new ObjectKey("pg_proc", e.functionOid())));
    }
}
