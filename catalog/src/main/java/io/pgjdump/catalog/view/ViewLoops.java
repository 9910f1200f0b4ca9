package io.pgjdump.catalog.view;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.Section;
import io.pgjdump.catalog.depend.Cycles;
import io.pgjdump.catalog.depend.Dependency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders the views and breaks the dependency problems they take part in, as pg_dump does:
 * <ul>
 * <li>a loop in pre-data (a function taking a view's row type that the view calls; views that
 *     read each other): one plain view on it is split (placeholder in pre-data, real query in
 *     post-data), which takes its query's dependencies out of pre-data; repeated until no loop
 *     runs through a plain view;</li>
 * <li>a query that needs a post-data object (GROUP BY leaning on a primary key): a plain view is
 *     split, a materialized view is created in post-data as a whole.</li>
 * </ul>
 * Loops without a plain view are left to the sorter, which reports them.
 */
public final class ViewLoops {

    private static final Comparator<View> BY_NAME = Comparator.comparing(View::schema).thenComparing(View::name);

    private ViewLoops() {
    }

    /**
     * @param others the other items of the plan, so loops through them are seen
     * @return the items of every view, split or postponed where needed
     */
    public static List<DdlItem> render(List<View> views, List<DdlItem> others, List<Dependency> dependencies,
                                       RenderOptions opts) {
        Map<View, List<DdlItem>> rendered = new IdentityHashMap<>();
        for (View v : views) {
            rendered.put(v, ViewRenderer.render(v, opts));
        }
        Map<ObjectKey, List<ObjectKey>> referenced = new HashMap<>();
        for (Dependency d : dependencies) {
            referenced.computeIfAbsent(d.object(), k -> new ArrayList<>()).add(d.referenced());
        }
        Set<View> split = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<View> moved = Collections.newSetFromMap(new IdentityHashMap<>());
        // a view moved to post-data can drag others after it (a view over a postponed materialized
        // view), so this repeats until nothing moves; each view moves at most once, so it ends
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<ObjectKey> postData = new HashSet<>();
            others.stream().filter(i -> i.section() == Section.POST_DATA).forEach(i -> postData.addAll(i.provides()));
            rendered.values().forEach(items -> items.stream().filter(i -> i.section() == Section.POST_DATA)
                    .forEach(i -> postData.addAll(i.provides())));
            for (View v : views) {
                boolean needsPostData = !moved.contains(v) && referenced.getOrDefault(ViewRenderer.rewriteKey(v),
                        List.of()).stream().anyMatch(postData::contains);
                if (!needsPostData) {
                    continue;
                }
                moved.add(v);
                changed = true;
                if (v.isMaterialized()) {
                    rendered.put(v, ViewRenderer.renderPostponed(v, opts));
                } else {
                    rendered.put(v, ViewRenderer.renderSplit(v, opts));
                    split.add(v);
                }
            }
        }
        List<DdlItem> preOthers = others.stream().filter(i -> i.section() == Section.PRE_DATA).toList();
        // each round splits one more view or stops, so this ends
        while (true) {
            Optional<View> next = viewOnLoop(preOthers, rendered, dependencies, split);
            if (next.isEmpty()) {
                break;
            }
            split.add(next.get());
            rendered.put(next.get(), ViewRenderer.renderSplit(next.get(), opts));
        }
        List<DdlItem> out = new ArrayList<>();
        for (View v : views) {
            out.addAll(rendered.get(v));
        }
        return out;
    }

    /** The first (by name) plain, unsplit view whose pre-data item is on a loop. */
    private static Optional<View> viewOnLoop(List<DdlItem> preOthers, Map<View, List<DdlItem>> rendered,
                                             List<Dependency> dependencies, Set<View> split) {
        List<DdlItem> pre = new ArrayList<>(preOthers);
        Map<DdlItem, View> owner = new IdentityHashMap<>();
        for (Map.Entry<View, List<DdlItem>> e : rendered.entrySet()) {
            for (DdlItem item : e.getValue()) {
                if (item.section() == Section.PRE_DATA) {
                    pre.add(item);
                    owner.put(item, e.getKey());
                }
            }
        }
        return Cycles.find(pre, dependencies).stream().map(owner::get)
                .filter(v -> v != null && !v.isMaterialized() && !split.contains(v)).min(BY_NAME);
    }
}
