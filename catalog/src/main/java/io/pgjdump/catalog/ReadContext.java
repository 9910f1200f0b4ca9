package io.pgjdump.catalog;

import java.sql.Connection;

import java.util.List;

/**
 * What every reader needs: the connection (inside the dump's snapshot), the server version, the
 * selection, and the caller's search path as it was before the catalog read emptied it (pattern
 * rules treat an unqualified -t pattern as "visible on the search path").
 */
public record ReadContext(Connection conn, ServerVersion version, Selection selection, List<String> searchPath) {

    public ReadContext {
        searchPath = List.copyOf(searchPath);
    }

    public boolean visible(String schema) {
        return searchPath.contains(schema);
    }
}
