package io.pgjdump.catalog.table;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.Section;
import io.pgjdump.catalog.acl.Decorations;
import io.pgjdump.catalog.constraint.Constraint;
import io.pgjdump.catalog.depend.Cycles;
import io.pgjdump.catalog.depend.Dependency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Breaks the loops a table takes part in through a column default or a CHECK constraint, as
 * pg_dump does: a default calling a function that returns the table's row type, a check passing
 * the whole row to a function that takes it. The default (ALTER COLUMN ... SET DEFAULT) or the
 * check (ADD CONSTRAINT) leaves CREATE TABLE and becomes an item of its own, which can follow
 * the function. Loops this cannot break are left to the sorter, which reports them.
 */
public final class TableLoops {

    private static final Comparator<Table> BY_NAME = Comparator.comparing(Table::schema).thenComparing(Table::name);

    private TableLoops() {
    }

    /** {@code items} with the items of every table on a loop re-rendered without the parts that close it. */
    public static List<DdlItem> breakLoops(List<DdlItem> items, List<Table> tables, List<Dependency> dependencies,
                                           RenderOptions opts) {
        Map<ObjectKey, List<ObjectKey>> referenced = new HashMap<>();
        for (Dependency d : dependencies) {
            referenced.computeIfAbsent(d.object(), k -> new ArrayList<>()).add(d.referenced());
        }
        List<DdlItem> out = new ArrayList<>(items);
        Map<Long, Table> current = new HashMap<>();
        tables.forEach(t -> current.put(t.oid(), t));
        // each round takes parts out of one table; a table has finitely many, so this ends
        while (true) {
            List<DdlItem> pre = out.stream().filter(i -> i.section() == Section.PRE_DATA).toList();
            Set<DdlItem> looped = Cycles.find(pre, dependencies);
            if (looped.isEmpty()) {
                return out;
            }
            Set<ObjectKey> loopKeys = new HashSet<>();
            looped.forEach(i -> loopKeys.addAll(i.provides()));
            Optional<Table> next = looped.stream().filter(i -> i.kind() == ItemKind.TABLE)
                    .map(i -> tableOf(i, current)).filter(t -> t != null && !closing(t, referenced, loopKeys).isEmpty())
                    .min(BY_NAME);
            if (next.isEmpty()) {
                return out;
            }
            Table t = next.get();
            Set<ObjectKey> parts = closing(t, referenced, loopKeys);
            Table reduced = t.withColumns(t.columns().stream()
                            .map(c -> parts.contains(attrdefKey(c)) ? c.withoutDefault() : c).toList())
                    .withChecks(t.checks().stream().filter(c -> !parts.contains(c.key())).toList());
            out.removeAll(TableRenderer.render(t, opts));
            out.addAll(TableRenderer.render(reduced, opts));
            out.addAll(separateParts(t, parts, opts));
            current.put(t.oid(), reduced);
        }
    }

    private static Table tableOf(DdlItem item, Map<Long, Table> tables) {
        return item.provides().stream().filter(k -> k.catalog().equals("pg_class")).map(k -> tables.get(k.oid()))
                .filter(t -> t != null).findFirst().orElse(null);
    }

    /** The defaults and checks of the table whose dependencies point back into the loop. */
    private static Set<ObjectKey> closing(Table t, Map<ObjectKey, List<ObjectKey>> referenced, Set<ObjectKey> loopKeys) {
        Set<ObjectKey> out = new HashSet<>();
        for (Column c : t.columns()) {
            if (c.attrdefOid() != 0 && !c.isGenerated() && c.identity() == 0
                    && referenced.getOrDefault(attrdefKey(c), List.of()).stream().anyMatch(loopKeys::contains)) {
                out.add(attrdefKey(c));
            }
        }
        for (Constraint check : t.checks()) {
            if (referenced.getOrDefault(check.key(), List.of()).stream().anyMatch(loopKeys::contains)) {
                out.add(check.key());
            }
        }
        return out;
    }

    private static ObjectKey attrdefKey(Column c) {
        return new ObjectKey("pg_attrdef", c.attrdefOid());
    }

    private static List<DdlItem> separateParts(Table t, Set<ObjectKey> parts, RenderOptions opts) {
        String qname = Quote.qualified(t.schema(), t.name());
        List<DdlItem> items = new ArrayList<>();
        for (Column c : t.columns()) {
            if (c.attrdefOid() != 0 && parts.contains(attrdefKey(c))) {
                String sql = "ALTER TABLE ONLY " + qname + " ALTER COLUMN " + Quote.ident(c.name()) + " SET DEFAULT "
                        + c.defaultExpr() + ";\n";
                items.add(new DdlItem(ItemKind.DEFAULT.section(), ItemKind.DEFAULT, t.schema(),
                        t.name() + " " + c.name(), t.owner(), sql, Set.of(attrdefKey(c)), Set.of(t.key())));
            }
        }
        for (Constraint check : t.checks()) {
            if (parts.contains(check.key())) {
                // without ONLY, so that inheritance children get it as they would have from CREATE TABLE
                StringBuilder sql = new StringBuilder("ALTER TABLE ").append(qname).append(" ADD CONSTRAINT ")
                        .append(Quote.ident(check.name())).append(' ').append(check.definition()).append(";\n");
                Decorations.comment(sql, "CONSTRAINT " + Quote.ident(check.name()) + " ON " + qname, check.comment(),
                        opts);
                items.add(new DdlItem(ItemKind.CHECK_CONSTRAINT.section(), ItemKind.CHECK_CONSTRAINT, t.schema(),
                        t.name() + " " + check.name(), t.owner(), sql.toString(), Set.of(check.key()),
                        Set.of(t.key())));
            }
        }
        return items;
    }
}
