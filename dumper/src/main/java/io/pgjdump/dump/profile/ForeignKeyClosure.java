package io.pgjdump.dump.profile;

import io.pgjdump.catalog.constraint.Constraint;
import io.pgjdump.catalog.table.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows that reference rows which are not dumped would fail their foreign key on restore. This
 * leaves out the rows of every such table, and of every table referencing those, until nothing
 * changes, so that the rows a profile dump does carry always load.
 */
final class ForeignKeyClosure {

    private ForeignKeyClosure() {
    }

    /**
     * @param withRows    tables whose rows would be dumped, by oid; the ones left out are removed from it
     * @param present     oids of tables that count as having their rows even though they are not in
     *                    {@code withRows} (partitioned parents, whose rows sit in their partitions)
     * @param names       "schema.name" of every table the catalog knows, for the reasons
     * @param foreignKeys every foreign key of those tables
     * @return the tables whose rows were left out, in the order found, with the reason
     */
    static Map<Table, String> apply(Map<Long, Table> withRows, Set<Long> present, Map<Long, String> names,
                                    List<Constraint> foreignKeys) {
        Map<Table, String> leftOut = new LinkedHashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Constraint fk : foreignKeys) {
                Table t = withRows.get(fk.tableOid());
                long ref = fk.referencedTable();
                if (t == null || withRows.containsKey(ref) || present.contains(ref)) {
                    continue;
                }
                withRows.remove(t.oid());
                String target = names.getOrDefault(ref, referencedName(fk.definition()));
                leftOut.put(t, "foreign key " + fk.name() + " references " + target + ", whose rows are not dumped");
                changed = true;
            }
        }
        return leftOut;
    }

    /** "FOREIGN KEY (a) REFERENCES realtime.x(id) ..." gives "realtime.x" for a table the catalog did not read. */
    static String referencedName(String definition) {
        int at = definition.indexOf("REFERENCES ");
        if (at < 0) {
            return "another table";
        }
        String rest = definition.substring(at + "REFERENCES ".length());
        boolean quoted = false;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote inside a name toggles twice
            } else if (c == '(' && !quoted) {
                return rest.substring(0, i).trim();
            }
        }
        return rest.trim();
    }
}
