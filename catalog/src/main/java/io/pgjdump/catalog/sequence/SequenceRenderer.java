package io.pgjdump.catalog.sequence;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CREATE SEQUENCE (all options explicit), OWNED BY as its own item after the owning table, and the
 * setval that restores the position.
 */
public final class SequenceRenderer {

    private SequenceRenderer() {
    }

    public static List<DdlItem> render(Sequence s, RenderOptions opts) {
        String qname = Quote.qualified(s.schema(), s.name());
        List<DdlItem> items = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (!s.identity()) {
            sql.append("CREATE ").append(s.unlogged() ? "UNLOGGED " : "").append("SEQUENCE ").append(qname)
                    .append("\n    AS ").append(s.type())
                    .append("\n    START WITH ").append(s.start())
                    .append("\n    INCREMENT BY ").append(s.increment())
                    .append("\n    MINVALUE ").append(s.min())
                    .append("\n    MAXVALUE ").append(s.max())
                    .append("\n    CACHE ").append(s.cache())
                    .append(s.cycle() ? "\n    CYCLE" : "").append(";\n");
            Decorations.owner(sql, "SEQUENCE " + qname, s.owner(), opts);
        }
        // an identity sequence is created by its column; its comment and grants still belong here
        Decorations.comment(sql, "SEQUENCE " + qname, s.comment(), opts);
        Decorations.grants(sql, "SEQUENCE", qname, s.acl(), s.owner(), opts);
        if (!sql.isEmpty()) {
            Set<ObjectKey> needs = s.identity() ? Set.of(ObjectKey.pgClass(s.ownedByOid())) : Set.of();
            items.add(new DdlItem(ItemKind.SEQUENCE.section(), ItemKind.SEQUENCE, s.schema(), s.name(), s.owner(),
                    sql.toString(), s.identity() ? Set.of() : Set.of(s.key()), needs));
        }
        if (s.ownedByTable() != null && !s.identity()) {
            String owned = "ALTER SEQUENCE " + qname + " OWNED BY " + s.ownedByTable() + "."
                    + Quote.ident(s.ownedByColumn()) + ";\n";
            items.add(new DdlItem(ItemKind.SEQUENCE_OWNED_BY.section(), ItemKind.SEQUENCE_OWNED_BY, s.schema(),
                    s.name(), s.owner(), owned, Set.of(), Set.of(s.key(), ObjectKey.pgClass(s.ownedByOid()))));
        }
        return items;
    }

    /** The data-section statement that puts the sequence back where it was. */
    public static String setval(Sequence s, SequenceReader.Value v) {
        return "SELECT pg_catalog.setval(" + Quote.literal(Quote.qualified(s.schema(), s.name())) + ", "
                + v.lastValue() + ", " + v.isCalled() + ");\n";
    }
}
