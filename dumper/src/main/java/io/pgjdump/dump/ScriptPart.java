package io.pgjdump.dump;

import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.catalog.table.Table;

import java.util.List;

/**
 * One stretch of the script, written in this order: text, the rows of some tables, text, the
 * positions of some sequences, text. pg_dump's layout is one part; a profile may use several.
 */
record ScriptPart(String before, List<Table> tables, String afterRows, List<Sequence> sequences, String after) {

    ScriptPart {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }
}
