package io.pgjdump.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The server's version as server_version_num, e.g. 150004; catalog queries branch on it. */
public record ServerVersion(int num) {

    public static final int MIN_SUPPORTED = 130000;

    public static ServerVersion of(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_catalog.current_setting('server_version_num')::int")) {
            rs.next();
            return new ServerVersion(rs.getInt(1));
        }
    }

    public boolean atLeast(int versionNum) {
        return num >= versionNum;
    }

    public int major() {
        return num / 10000;
    }

    @Override
    public String toString() {
        return major() + "." + (num % 10000);
    }
}
