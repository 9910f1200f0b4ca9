package io.pgjdump.catalog.foreign;

import io.pgjdump.catalog.ObjectKey;

import java.util.List;

/**
 * A foreign-data wrapper.
 *
 * @param handler   the handler function as regproc prints it (qualified and quoted as needed), or null
 * @param validator the validator function likewise, or null
 */
public record ForeignDataWrapper(long oid, String name, String owner, String handler, String validator,
                                 List<Option> options, String acl, String comment) {

    public ForeignDataWrapper {
        options = List.copyOf(options);
    }

    public ObjectKey key() {
        return new ObjectKey("pg_foreign_data_wrapper", oid);
    }
}
