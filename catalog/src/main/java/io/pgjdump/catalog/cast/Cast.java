package io.pgjdump.catalog.cast;

import io.pgjdump.catalog.ObjectKey;

/**
 * A user-defined cast.
 *
 * @param source   format_type of the source type
 * @param target   format_type of the target type
 * @param function the function as regprocedure prints it (name and argument types), or null
 * @param method   pg_cast.castmethod: 'f' function, 'i' I/O conversion, 'b' binary coercible
 * @param context  pg_cast.castcontext: 'e' explicit only, 'a' assignment, 'i' implicit
 */
public record Cast(long oid, String source, String target, String function, long functionOid, char method,
                   char context, String comment) {

    public ObjectKey key() {
        return new ObjectKey("pg_cast", oid);
    }
}
