package io.pgjdump.catalog;

import io.pgjdump.catalog.constraint.Constraint;
import io.pgjdump.catalog.policy.Policy;
import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.catalog.table.Table;
import io.pgjdump.catalog.trigger.Trigger;

import java.util.List;

/**
 * The part of a dump that carries rows without definitions ({@link Selection#dataOnlyTables()}):
 * the target already has these tables, e.g. a Supabase project's {@code auth} schema. Nothing here
 * is rendered as DDL; the foreign keys are kept so a caller can tell which rows would not load, the
 * triggers and policies so it can tell the user's customisations of these tables.
 *
 * @param tables      the tables, with {@code dumpData} as --exclude-table-data decides
 * @param sequences   sequences in the same schemas, whose positions are dumped
 * @param foreignKeys the foreign keys of these tables
 * @param triggers    user triggers on these tables (the platform's own among them: a caller chooses)
 * @param policies    row-level security policies on these tables
 */
public record DataOnly(List<Table> tables, List<Sequence> sequences, List<Constraint> foreignKeys,
                       List<Trigger> triggers, List<Policy> policies) {

    public static final DataOnly NONE = new DataOnly(List.of(), List.of(), List.of(), List.of(), List.of());

    public DataOnly {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        foreignKeys = List.copyOf(foreignKeys);
        triggers = List.copyOf(triggers);
        policies = List.copyOf(policies);
    }
}
