package io.pgjdump.catalog.trigger;

import io.pgjdump.catalog.ObjectKey;

import java.util.List;

/**
 * A user trigger on a dumped table (or view).
 *
 * @param definition pg_get_triggerdef text: CREATE [CONSTRAINT] TRIGGER ... with timing, events,
 *                   UPDATE OF, REFERENCING, FOR EACH, WHEN and the function
 * @param enabled    pg_trigger.tgenabled: 'O' origin (the default), 'D' disabled, 'R' replica, 'A' always
 * @param relkind    of the table, so that the ALTER that sets the enabled state names the right kind
 * @param ancestors  for a trigger a partition inherited from its parent's trigger: the oids of that
 *                   trigger and its own ancestors (nearest first); empty for a trigger of its own
 */
public record Trigger(long oid, long tableOid, String schema, String table, char relkind, String name,
                      String definition, char enabled, long functionOid, String comment, List<Long> ancestors) {

    public Trigger {
        ancestors = List.copyOf(ancestors);
    }

    /**
     * Whether this is a partition's copy of its parent's trigger. Creating the parent's trigger
     * creates it, so only a differing enabled state is dumped for it.
     */
    public boolean isInherited() {
        return !ancestors.isEmpty();
    }

    public ObjectKey key() {
        return new ObjectKey("pg_trigger", oid);
    }
}
