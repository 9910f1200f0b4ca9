package io.pgjdump.catalog.rule;

import io.pgjdump.catalog.ObjectKey;

/**
 * A rewrite rule other than a view's own _RETURN rule.
 *
 * @param definition pg_get_ruledef text (a complete CREATE RULE statement)
 * @param enabled    'O' on origin (default), 'D' disabled, 'R' replica only, 'A' always
 * @param relkind    kind of the relation the rule is on, for ALTER TABLE / ALTER VIEW
 */
public record Rule(long oid, long relationOid, String schema, String relation, char relkind, String name,
                   String definition, char enabled, String comment) {

    public ObjectKey key() {
        return new ObjectKey("pg_rewrite", oid);
    }
}
