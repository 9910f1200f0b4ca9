package io.pgjdump.catalog;

import java.sql.Connection;

/** What every reader needs: the connection (inside the dump's snapshot), the server version, the selection. */
public record ReadContext(Connection conn, ServerVersion version, Selection selection) {
}
