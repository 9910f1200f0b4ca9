package io.pgjdump.catalog.foreign;

import io.pgjdump.catalog.ObjectKey;

import java.util.List;

/**
 * A foreign server with its user mappings.
 *
 * @param type    TYPE '...', or null
 * @param version VERSION '...', or null
 */
public record ForeignServer(long oid, String name, String owner, String wrapper, long wrapperOid, String type,
                            String version, List<Option> options, String acl, String comment,
                            List<UserMapping> userMappings) {

    public ForeignServer {
        options = List.copyOf(options);
        userMappings = List.copyOf(userMappings);
    }

    public ObjectKey key() {
        return new ObjectKey("pg_foreign_server", oid);
    }

    /**
     * A user mapping for this server. Its options may hold a password; like pg_dump, the dump
     * carries them, since the mapping is useless without them, and they go nowhere else.
     *
     * @param role the mapped role, or null for PUBLIC
     */
    public record UserMapping(long oid, String role, List<Option> options) {

        public UserMapping {
            options = List.copyOf(options);
        }
    }
}
