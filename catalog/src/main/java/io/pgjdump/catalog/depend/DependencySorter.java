package io.pgjdump.catalog.depend;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ObjectKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Orders the items of one section so that every item comes after what it depends on. Among items
 * that are free to go, the smallest by (kind, schema, name) goes first, which makes the output a
 * function of the catalog alone. A cycle that no renderer broke is reported and cut at its
 * smallest item rather than looping.
 */
public final class DependencySorter {

    private static final Comparator<DdlItem> TIE_BREAK = Comparator
            .comparing((DdlItem i) -> i.kind().ordinal())
            .thenComparing(i -> i.schema() == null ? "" : i.schema())
            .thenComparing(DdlItem::name)
            .thenComparing(DdlItem::sql);

    private DependencySorter() {
    }

    public static List<DdlItem> sort(List<DdlItem> items, List<Dependency> dependencies, Consumer<String> warn) {
        Map<ObjectKey, DdlItem> provider = new HashMap<>();
        for (DdlItem item : items) {
            for (ObjectKey k : item.provides()) {
                provider.put(k, item);
            }
        }
        Map<DdlItem, Set<DdlItem>> before = new IdentityHashMap<>(); // item -> items that must precede it
        Map<DdlItem, List<DdlItem>> after = new IdentityHashMap<>();
        for (DdlItem item : items) {
            before.put(item, new HashSet<>());
            after.put(item, new ArrayList<>());
        }
        for (DdlItem item : items) {
            for (ObjectKey need : item.needs()) {
                link(provider.get(need), item, before, after);
            }
        }
        for (Dependency d : dependencies) {
            DdlItem obj = provider.get(d.object());
            DdlItem ref = provider.get(d.referenced());
            if (obj != null && ref != null) {
                link(ref, obj, before, after);
            }
        }
        PriorityQueue<DdlItem> ready = new PriorityQueue<>(TIE_BREAK);
        PriorityQueue<DdlItem> waiting = new PriorityQueue<>(TIE_BREAK);
        for (DdlItem item : items) {
            (before.get(item).isEmpty() ? ready : waiting).add(item);
        }
        List<DdlItem> out = new ArrayList<>(items.size());
        Set<DdlItem> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (out.size() < items.size()) {
            DdlItem next = ready.poll();
            if (next == null) {
                next = smallestWaiting(waiting, done);
                warn.accept("dependency cycle involving " + next.describe() + "; it is written before "
                        + describeAll(before.get(next), done));
            }
            if (!done.add(next)) {
                continue;
            }
            waiting.remove(next);
            out.add(next);
            for (DdlItem dependent : after.get(next)) {
                Set<DdlItem> pending = before.get(dependent);
                pending.remove(next);
                if (pending.isEmpty() && !done.contains(dependent) && waiting.remove(dependent)) {
                    ready.add(dependent);
                }
            }
        }
        return out;
    }

    private static void link(DdlItem first, DdlItem then, Map<DdlItem, Set<DdlItem>> before,
                             Map<DdlItem, List<DdlItem>> after) {
        if (first == null || first == then || !before.containsKey(first) || !before.containsKey(then)) {
            return;
        }
        if (before.get(then).add(first)) {
            after.get(first).add(then);
        }
    }

    private static DdlItem smallestWaiting(PriorityQueue<DdlItem> waiting, Set<DdlItem> done) {
        DdlItem head = waiting.peek();
        while (head != null && done.contains(head)) {
            waiting.poll();
            head = waiting.peek();
        }
        return head;
    }

    private static String describeAll(Set<DdlItem> items, Set<DdlItem> done) {
        return items.stream().filter(i -> !done.contains(i)).map(DdlItem::describe).sorted()
                .reduce((a, b) -> a + ", " + b).orElse("nothing");
    }
}
