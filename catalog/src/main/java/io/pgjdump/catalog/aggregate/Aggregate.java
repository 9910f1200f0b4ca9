package io.pgjdump.catalog.aggregate;

import io.pgjdump.catalog.ObjectKey;

/**
 * An aggregate (pg_proc row with its pg_aggregate row). Function names are regproc text and type
 * names format_type text, both qualified by the server.
 *
 * @param kind           'n' normal, 'o' ordered-set, 'h' hypothetical-set
 * @param arguments      pg_get_function_arguments: with ORDER BY for ordered-set aggregates, "" for (*)
 * @param identityArgs   pg_get_function_identity_arguments, for ALTER AGGREGATE and COMMENT
 * @param argTypes       the argument types as a plain list, for GRANT ... ON FUNCTION
 * @param finalModify    'r' READ_ONLY, 's' SHAREABLE, 'w' READ_WRITE
 * @param sortOperator   OPERATOR(schema.op), or null
 * @param parallel       's' safe, 'r' restricted, 'u' unsafe
 */
public record Aggregate(long oid, String schema, String name, String owner, char kind, String arguments,
                        String identityArgs, String argTypes, String transFunction, String stateType, int stateSpace,
                        String finalFunction, boolean finalExtra, char finalModify, String combineFunction,
                        String serialFunction, String deserialFunction, String initialCondition,
                        MovingState moving, String sortOperator, char parallel, String comment, String acl) {

    public ObjectKey key() {
        return new ObjectKey("pg_proc", oid);
    }

    /** The moving-aggregate options (MSFUNC and friends); null when the aggregate has none. */
    public record MovingState(String transFunction, String inverseFunction, String stateType, int stateSpace,
                              String finalFunction, boolean finalExtra, char finalModify, String initialCondition) {
    }
}
