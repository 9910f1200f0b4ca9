package io.pgjdump.catalog.trigger;

import io.pgjdump.catalog.ObjectKey;

/**
 * A user trigger on a dumped table (or view).
 *
 * @param definition pg_get_triggerdef text: CREATE [CONSTRAINT] TRIGGER ... with timing, events,
 *                   UPDATE OF, REFERENCING, FOR EACH, WHEN and the function
 * @param enabled    pg_trigger.tgenabled: 'O' origin (the default), 'D' disabled, 'R' replica, 'A' always
 * @param relkind    of the table, so that the ALTER that sets the enabled state names the right kind
 */
public record Trigger(long oid, long tableOid, String schema, String table, char relkind, String name,
                      String definition, char enabled, long functionOid, String comment) {

    public ObjectKey key() {
        return new ObjectKey("pg_trigger", oid);
    }
}
