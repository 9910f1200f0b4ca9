package io.pgjdump.testing;

import org.junit.jupiter.api.Assumptions;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL server the tests run against, chosen once per JVM:
 * <ol>
 *   <li>{@code PGJDUMP_TEST_URL} when set, as {@code postgresql://user[:password]@host:port/db};</li>
 *   <li>else a Testcontainers PostgreSQL when a Docker engine answers;</li>
 *   <li>else the server on localhost:5432 as user postgres.</li>
 * </ol>
 * Tests never share a database: each asks for its own and drops it afterwards.
 */
public final class PgTestServer {

    private static volatile PgTestServer instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String maintenanceDb;
    private final String origin;
    private volatile Integer versionNum;

    private PgTestServer(String host, int port, String user, String password, String maintenanceDb, String origin) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.maintenanceDb = maintenanceDb;
        this.origin = origin;
    }

    public static PgTestServer get() {
        if (instance == null) {
            synchronized (PgTestServer.class) {
                if (instance == null) {
                    instance = locate();
                }
            }
        }
        return instance;
    }

    private static PgTestServer locate() {
        String url = System.getenv("PGJDUMP_TEST_URL");
        if (url != null && !url.isBlank()) {
            return fromUri(url.trim(), "PGJDUMP_TEST_URL");
        }
        PgTestServer container = ContainerServer.startIfDockerAnswers();
        if (container != null) {
            return container;
        }
        return new PgTestServer("127.0.0.1", 5432, "postgres", null, "postgres", "localhost:5432");
    }

    static PgTestServer of(String host, int port, String user, String password, String db, String origin) {
        return new PgTestServer(host, port, user, password, db, origin);
    }

    static PgTestServer fromUri(String text, String origin) {
        URI uri = URI.create(text.startsWith("jdbc:") ? text.substring(5) : text);
        String userInfo = uri.getUserInfo();
        String user = "postgres";
        String password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = colon < 0 ? userInfo : userInfo.substring(0, colon);
            password = colon < 0 ? null : userInfo.substring(colon + 1);
        }
        String db = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new PgTestServer(uri.getHost() == null ? "127.0.0.1" : uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, db, origin);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    /** Null when the server trusts the connection. */
    public String password() {
        return password;
    }

    /** Where this server came from, for messages. */
    public String origin() {
        return origin;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    /** A fresh, empty database (from template0, UTF8) that is dropped when closed. */
    public TestDatabase createDatabase() throws SQLException {
        String name = "pgjdump_t_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        try (Connection c = connect(maintenanceDb); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        }
        return new TestDatabase(this, name);
    }

    void dropDatabase(String name) throws SQLException {
        try (Connection c = connect(maintenanceDb); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** server_version_num of the server under test, e.g. 170011; asked once, it does not change. */
    public int serverVersionNum() throws SQLException {
        Integer known = versionNum;
        if (known == null) {
            try (Connection c = connect(maintenanceDb); Statement st = c.createStatement();
                 var rs = st.executeQuery("SHOW server_version_num")) {
                rs.next();
                known = Integer.parseInt(rs.getString(1));
            }
            versionNum = known;
        }
        return known;
    }

    /** 13 for 130023: the number pg_dump, psql and the docs go by. */
    public int serverMajorVersion() throws SQLException {
        return serverVersionNum() / 10000;
    }

    /**
     * Skips the calling test, saying why, on a server older than {@code versionNum} (e.g. 150000):
     * the suite runs against PostgreSQL 13 to 17, and a feature of a newer release cannot be tested
     * on an older one.
     */
    public void assumeAtLeast(int versionNum, String feature) throws SQLException {
        int actual = serverVersionNum();
        Assumptions.assumeTrue(actual >= versionNum, feature + " needs PostgreSQL " + versionNum / 10000
                + " or newer; the server under test (" + origin + ") is " + actual);
    }
}
