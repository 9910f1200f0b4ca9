package io.pgjdump.restore.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The session settings under which COPY TO STDOUT text is read, in one place for both sides: the
 * dumper reads its rows with them (so the script's text does not depend on the server's or the
 * role's defaults) and restore --check re-reads the restored tables with them (so its row digests
 * can equal the dump's). SET LOCAL keeps them inside the transaction, which is all that survives a
 * transaction-mode pooler anyway.
 */
public final class CopySettings {

    /** The statements, in order; each needs an open transaction. */
    public static final List<String> STATEMENTS = List.of(
            "SET LOCAL statement_timeout = 0",
            "SET LOCAL idle_in_transaction_session_timeout = 0",
            "SET LOCAL DateStyle = ISO",
            "SET LOCAL IntervalStyle = postgres",
            // timestamptz text follows the session's zone, which pgjdbc takes from the JVM: a check
            // on another machine must read the same text as the dump did
            "SET LOCAL TimeZone = 'UTC'",
            "SET LOCAL extra_float_digits = 3",
            "SET LOCAL bytea_output = hex",
            "SET LOCAL xmloption = content",
            // rows hidden by a policy must make the read fail, never silently go missing
            "SET LOCAL row_security = off",
            "SELECT pg_catalog.set_config('search_path', '', true)");

    private CopySettings() {
    }

    /** Applies the settings to the transaction open on {@code conn}. */
    public static void apply(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement()) {
            for (String s : STATEMENTS) {
                st.execute(s);
            }
        }
    }
}
