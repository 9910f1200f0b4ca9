package io.pgjdump.dump.profile;

import io.pgjdump.catalog.constraint.Constraint;
import io.pgjdump.catalog.table.Table;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rows-left-out closure on small graphs: chains, cycles, self references, partitioned parents. */
class ForeignKeyClosureTest {

    @Test
    void leavesOutWholeChainsAndCyclesButKeepsSelfReferences() {
        // 1 -> 99 (not dumped); 2 -> 1; 3 <-> 4 with 4 -> 2; 5 -> 5; 6 -> 7 (partitioned parent, present)
        Map<Long, Table> withRows = tables(1, 2, 3, 4, 5, 6);
        List<Constraint> fks = List.of(fk(1, 99, "one_fk", "FOREIGN KEY (x) REFERENCES auth.sessions(id)"),
                fk(2, 1, "two_fk", ""), fk(3, 4, "three_fk", ""), fk(4, 3, "four_fk", ""), fk(4, 2, "four_two_fk", ""),
                fk(5, 5, "self_fk", ""), fk(6, 7, "part_fk", ""));
        Map<Table, String> out = ForeignKeyClosure.apply(withRows, Set.of(7L),
                Map.of(1L, "public.t1", 2L, "public.t2", 3L, "public.t3", 4L, "public.t4"), fks);
        assertEquals(List.of(1L, 2L, 3L, 4L), out.keySet().stream().map(Table::oid).sorted().toList());
        assertEquals(Set.of(5L, 6L), withRows.keySet());
        assertEquals("foreign key one_fk references auth.sessions, whose rows are not dumped",
                out.entrySet().stream().filter(e -> e.getKey().oid() == 1).findFirst().orElseThrow().getValue());
    }

    @Test
    void referencedNameComesFromTheDefinitionWhenTheCatalogDoesNotKnowTheTable() {
        assertEquals("realtime.messages",
                ForeignKeyClosure.referencedName("FOREIGN KEY (m) REFERENCES realtime.messages(id) ON DELETE CASCADE"));
        assertEquals("\"Odd\".\"T(1)\"", ForeignKeyClosure.referencedName("FOREIGN KEY (m) REFERENCES \"Odd\".\"T(1)\"(id)"));
    }

    private static Map<Long, Table> tables(long... oids) {
        Map<Long, Table> out = new LinkedHashMap<>();
        for (long oid : oids) {
            out.put(oid, new Table(oid, "public", "t" + oid, "postgres", 'r', 'p', List.of(), List.of(), null, null,
                    null, null, List.of(), 'd', false, false, null, null, 0, 0, 0, true, true));
        }
        return out;
    }

    private static Constraint fk(long table, long references, String name, String definition) {
        return new Constraint(table * 100, table, "public", "t" + table, name, 'f', definition, true, true, 'r',
                false, null, null, 0, references, 0, null);
    }
}
