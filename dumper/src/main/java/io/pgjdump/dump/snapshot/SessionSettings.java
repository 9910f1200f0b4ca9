package io.pgjdump.dump.snapshot;

import io.pgjdump.restore.verify.CopySettings;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Settings every dump connection needs so that COPY text is the same whatever the server's or
 * role's defaults are: the restore side depends on these exact formats, and restore --check
 * re-reads tables with the very same {@link CopySettings} to compare row digests.
 */
final class SessionSettings {

    private SessionSettings() {
    }

    static void apply(Connection conn) throws SQLException {
        CopySettings.apply(conn);
    }
}
