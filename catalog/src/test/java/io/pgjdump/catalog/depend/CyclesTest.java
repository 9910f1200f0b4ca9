package io.pgjdump.catalog.depend;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CyclesTest {

    private static DdlItem item(String name, long provides, long... needs) {
        Set<ObjectKey> n = java.util.Arrays.stream(needs).mapToObj(ObjectKey::pgClass).collect(Collectors.toSet());
        return new DdlItem(ItemKind.VIEW.section(), ItemKind.VIEW, "s", name, null, "", Set.of(ObjectKey.pgClass(provides)), n);
    }

    @Test
    void onlyItemsOnALoopAreReported() {
        DdlItem a = item("a", 1, 2);
        DdlItem b = item("b", 2, 3);
        DdlItem c = item("c", 3);
        DdlItem d = item("d", 4, 5);
        DdlItem e = item("e", 5);
        // c -> a through pg_depend closes the loop a -> b -> c -> a; d -> e is a plain chain
        List<Dependency> deps = List.of(new Dependency(ObjectKey.pgClass(3), ObjectKey.pgClass(1)));
        Set<DdlItem> looped = Cycles.find(List.of(a, b, c, d, e), deps);
        assertEquals(Set.of("a", "b", "c"), looped.stream().map(DdlItem::name).collect(Collectors.toSet()));
    }

    @Test
    void aLongChainDoesNotOverflowTheStack() {
        int n = 100_000;
        List<DdlItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(i + 1 < n ? item("v" + i, i, i + 1) : item("v" + i, i));
        }
        assertEquals(Set.of(), Cycles.find(items, List.of()));
    }
}
