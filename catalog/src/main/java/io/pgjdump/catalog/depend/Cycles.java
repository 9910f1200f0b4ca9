package io.pgjdump.catalog.depend;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ObjectKey;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the items that sit on a dependency loop, before sorting, so that a renderer can break
 * the loop the way pg_dump does (a view created first with a placeholder query, for instance).
 * Tarjan's strongly connected components, iterative so a long chain of views cannot overflow
 * the stack.
 */
public final class Cycles {

    private Cycles() {
    }

    /** Items in a strongly connected component of two or more items (edges as DependencySorter sees them). */
    public static Set<DdlItem> find(List<DdlItem> items, List<Dependency> dependencies) {
        Map<ObjectKey, DdlItem> provider = new HashMap<>();
        for (DdlItem item : items) {
            for (ObjectKey k : item.provides()) {
                provider.put(k, item);
            }
        }
        Map<DdlItem, Integer> index = new IdentityHashMap<>();
        for (DdlItem item : items) {
            index.put(item, index.size());
        }
        List<List<Integer>> edges = new ArrayList<>(items.size()); // item -> items it needs
        for (int i = 0; i < items.size(); i++) {
            edges.add(new ArrayList<>());
        }
        for (DdlItem item : items) {
            for (ObjectKey need : item.needs()) {
                addEdge(edges, index, item, provider.get(need));
            }
        }
        for (Dependency d : dependencies) {
            addEdge(edges, index, provider.get(d.object()), provider.get(d.referenced()));
        }
        Set<DdlItem> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Integer> component : components(edges)) {
            if (component.size() > 1) {
                component.forEach(i -> out.add(items.get(i)));
            }
        }
        return out;
    }

    private static void addEdge(List<List<Integer>> edges, Map<DdlItem, Integer> index, DdlItem from, DdlItem to) {
        if (from != null && to != null && from != to && index.containsKey(from) && index.containsKey(to)) {
            edges.get(index.get(from)).add(index.get(to));
        }
    }

    private static List<List<Integer>> components(List<List<Integer>> edges) {
        int n = edges.size();
        int[] order = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        java.util.Arrays.fill(order, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        List<List<Integer>> out = new ArrayList<>();
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            Deque<int[]> frames = new ArrayDeque<>(); // {node, next edge position}
            frames.push(new int[] {root, 0});
            order[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (!frames.isEmpty()) {
                int[] frame = frames.peek();
                int v = frame[0];
                if (frame[1] < edges.get(v).size()) {
                    int w = edges.get(v).get(frame[1]++);
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        frames.push(new int[] {w, 0});
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    int parent = frames.peek()[0];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == order[v]) {
                    List<Integer> component = new ArrayList<>();
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        component.add(w);
                    } while (w != v);
                    out.add(component);
                }
            }
        }
        return out;
    }
}
