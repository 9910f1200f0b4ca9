package io.pgjdump.catalog.statistics;

import io.pgjdump.catalog.ObjectKey;

/**
 * An extended statistics object (CREATE STATISTICS) on a dumped table.
 *
 * @param definition pg_get_statisticsobjdef text
 * @param target     SET STATISTICS value, or -1 for the default
 */
public record StatisticsObject(long oid, String schema, String name, String owner, long tableOid,
                               String definition, int target, String comment) {

    public ObjectKey key() {
        return new ObjectKey("pg_statistic_ext", oid);
    }
}
