package io.pgjdump.catalog.table;

import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.constraint.Constraint;

import java.util.List;

/**
 * A table or partitioned table.
 *
 * @param relkind         'r' table, 'p' partitioned table
 * @param persistence     'p' permanent, 'u' unlogged
 * @param partitionKey    pg_get_partkeydef for partitioned tables, else null
 * @param partitionBound  pg_get_expr(relpartbound) for partitions, else null
 * @param partitionParent qualified, quoted parent when this is a partition, else null
 * @param inherits        qualified, quoted parents of plain inheritance, in inhseqno order
 * @param checks          CHECK constraints written inside CREATE TABLE
 * @param replicaIdentity 'd' default, 'n' nothing, 'f' full, 'i' index
 * @param estimatedBytes  relpages × block size at the last ANALYZE/VACUUM, for scheduling
 * @param estimatedRows   reltuples, for progress (negative when never analysed)
 * @param dumpData        whether rows are dumped (false for --exclude-table-data and partitioned parents)
 * @param visible         whether the table is visible through search_path (pattern rules need it)
 */
public record Table(long oid, String schema, String name, String owner, char relkind, char persistence,
                    List<Column> columns, List<Constraint> checks, String reloptions, String partitionKey,
                    String partitionBound, String partitionParent, List<String> inherits, char replicaIdentity,
                    boolean rowSecurity, boolean forceRowSecurity, String comment, String acl, long rowTypeOid,
                    long estimatedBytes, double estimatedRows, boolean dumpData, boolean visible) {

    public Table {
        columns = List.copyOf(columns);
        checks = List.copyOf(checks);
        inherits = List.copyOf(inherits);
    }

    public ObjectKey key() {
        return ObjectKey.pgClass(oid);
    }

    public boolean isPartitioned() {
        return relkind == 'p';
    }

    public boolean isPartition() {
        return partitionParent != null;
    }

    /** Columns that COPY writes and reads: generated columns are computed, never copied. */
    public List<Column> copyColumns() {
        return columns.stream().filter(c -> !c.isGenerated()).toList();
    }

    public Table withChecks(List<Constraint> newChecks) {
        return new Table(oid, schema, name, owner, relkind, persistence, columns, newChecks, reloptions, partitionKey,
                partitionBound, partitionParent, inherits, replicaIdentity, rowSecurity, forceRowSecurity, comment,
                acl, rowTypeOid, estimatedBytes, estimatedRows, dumpData, visible);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(oid, schema, name, owner, relkind, persistence, newColumns, checks, reloptions, partitionKey,
                partitionBound, partitionParent, inherits, replicaIdentity, rowSecurity, forceRowSecurity, comment,
                acl, rowTypeOid, estimatedBytes, estimatedRows, dumpData, visible);
    }
}
