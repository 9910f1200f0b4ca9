package io.pgjdump.catalog.eventtrigger;

import io.pgjdump.catalog.ObjectKey;

import java.util.List;

/**
 * A database-wide event trigger.
 *
 * @param event    ddl_command_start, ddl_command_end, sql_drop, table_rewrite (login from 17)
 * @param tags     command tags of WHEN TAG IN (...); empty when the trigger fires for every tag
 * @param enabled  pg_event_trigger.evtenabled: 'O' origin, 'D' disabled, 'R' replica, 'A' always
 */
public record EventTrigger(long oid, String name, String owner, String event, List<String> tags,
                           String functionSchema, String functionName, long functionOid, char enabled,
                           String comment) {

    public EventTrigger {
        tags = List.copyOf(tags);
    }

    public ObjectKey key() {
        return new ObjectKey("pg_event_trigger", oid);
    }
}
