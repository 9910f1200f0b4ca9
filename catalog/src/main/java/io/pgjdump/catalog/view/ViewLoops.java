package io.pgjdump.catalog.view;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.Section;
import io.pgjdump.catalog.depend.Cycles;
import io.pgjdump.catalog.depend.Dependency;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders the views and breaks the dependency loops they take part in: a function returning a
 * view's row type that the view itself calls, or views that read each other. Each plain view on
 * a loop is split (placeholder in pre-data, real query in post-data), which removes its query's
 * dependencies from pre-data. Loops without a plain view are left to the sorter, which reports them.
 */
public final class ViewLoops {

    private ViewLoops() {
    }

    /**
     * @param others the other items of the plan, so loops through them are seen
     * @return the items of every view, split where needed
     */
    public static List<DdlItem> render(List<View> views, List<DdlItem> others, List<Dependency> dependencies,
                                       RenderOptions opts) {
        Map<View, List<DdlItem>> rendered = new IdentityHashMap<>();
        for (View v : views) {
            rendered.put(v, ViewRenderer.render(v, opts));
        }
        List<DdlItem> preOthers = others.stream().filter(i -> i.section() == Section.PRE_DATA).toList();
        Set<View> split = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        // each round splits at least one view or stops, so this ends
        while (true) {
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
            Set<DdlItem> looped = Cycles.find(pre, dependencies);
            List<View> toSplit = looped.stream().map(owner::get)
                    .filter(v -> v != null && !v.isMaterialized() && !split.contains(v)).toList();
            if (toSplit.isEmpty()) {
                break;
            }
            for (View v : toSplit) {
                split.add(v);
                rendered.put(v, ViewRenderer.renderSplit(v, opts));
            }
        }
        List<DdlItem> out = new ArrayList<>();
        for (View v : views) {
            out.addAll(rendered.get(v));
        }
        return out;
    }
}
