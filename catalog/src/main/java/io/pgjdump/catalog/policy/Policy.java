package io.pgjdump.catalog.policy;

import io.pgjdump.catalog.ObjectKey;

import java.util.List;

/**
 * A row-level security policy of a dumped table.
 *
 * @param command    pg_policy.polcmd: '*' all, 'r' SELECT, 'a' INSERT, 'w' UPDATE, 'd' DELETE
 * @param roles      role names the policy applies to; empty means PUBLIC (polroles = {0})
 * @param using      pg_get_expr of the USING qualifier, or null
 * @param withCheck  pg_get_expr of the WITH CHECK qualifier, or null
 */
public record Policy(long oid, long tableOid, String schema, String table, String name, char command,
                     boolean permissive, List<String> roles, String using, String withCheck, String comment) {

    public Policy {
        roles = List.copyOf(roles);
    }

    public ObjectKey key() {
        return new ObjectKey("pg_policy", oid);
    }
}
