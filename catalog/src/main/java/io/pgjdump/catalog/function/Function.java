package io.pgjdump.catalog.function;

import io.pgjdump.catalog.ObjectKey;

/**
 * A function or procedure (pg_proc row that is not an aggregate).
 *
 * @param kind         'f' function, 'p' procedure, 'w' window function
 * @param definition   pg_get_functiondef text: it carries volatility, strictness, SECURITY DEFINER,
 *                     LEAKPROOF, PARALLEL, COST/ROWS, SET clauses, argument modes and defaults
 * @param identityArgs pg_get_function_identity_arguments, for ALTER/COMMENT/GRANT
 */
public record Function(long oid, String schema, String name, String owner, char kind, String definition,
                       String identityArgs, String comment, String acl) {

    public ObjectKey key() {
        return new ObjectKey("pg_proc", oid);
    }

    /** The word ALTER, COMMENT and GRANT use: procedures are not functions there. */
    public String keyword() {
        return kind == 'p' ? "PROCEDURE" : "FUNCTION";
    }
}
