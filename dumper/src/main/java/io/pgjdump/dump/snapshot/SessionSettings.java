package io.pgjdump.dump.snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Settings every dump connection needs so that COPY text is the same whatever the server's or
 * role's defaults are: the restore side depends on these exact formats. SET LOCAL keeps them
 * inside the transaction, which is all that survives a transaction-mode pooler anyway.
 */
final class SessionSettings {

    private static final String[] SETTINGS = {
        "SET LOCAL statement_timeout = 0",
        "SET LOCAL idle_in_transaction_session_timeout = 0",
        "SET LOCAL DateStyle = ISO",
        "SET LOCAL IntervalStyle = postgres",
        "SET LOCAL extra_float_digits = 3",
        "SET LOCAL bytea_output = hex",
        "SET LOCAL xmloption = content",
        // rows hidden by a policy must make the dump fail, never silently go missing
        "SET LOCAL row_security = off",
        "SELECT pg_catalog.set_config('search_path', '', true)",
    };

    private SessionSettings() {
    }

    static void apply(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String s : SETTINGS) {
                st.execute(s);
            }
        }
    }
}
