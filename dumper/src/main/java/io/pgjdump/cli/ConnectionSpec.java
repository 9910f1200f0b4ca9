package io.pgjdump.cli;

import org.postgresql.ds.PGSimpleDataSource;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where and as whom to connect, resolved the way libpq resolves it for pg_dump: built-in defaults,
 * then PG* environment variables, then the -h/-p/-U options, then whatever a connection string or
 * postgresql:// URI given as the database name says; the password from the URI, PGPASSWORD or the
 * password file, in that order. {@link #toString()} never shows the password.
 */
public record ConnectionSpec(String host, int port, String database, String user, String password,
                             Map<String, String> params) {

    public ConnectionSpec {
        params = Map.copyOf(params);
    }

    /** The raw inputs: command-line values (null when not given) and the environment. */
    record Inputs(String host, Integer port, String user, String dbname, String promptedPassword,
                  Map<String, String> env, Path home) {
    }

    /** libpq's sslmode values, which pgjdbc implements with the same meaning. */
    static final java.util.List<String> SSL_MODES = java.util.List.of("disable", "allow", "prefer", "require",
            "verify-ca", "verify-full");

    static ConnectionSpec resolve(Inputs in, Consumer<String> warn) {
        Map<String, String> env = in.env();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("host", "localhost");
        v.put("port", "5432");
        v.put("user", System.getProperty("user.name", "postgres"));
        putIf(v, "host", env.get("PGHOST"));
        putIf(v, "port", env.get("PGPORT"));
        putIf(v, "user", env.get("PGUSER"));
        putIf(v, "dbname", env.get("PGDATABASE"));
        putIf(v, "sslmode", env.get("PGSSLMODE"));
        putIf(v, "sslrootcert", env.get("PGSSLROOTCERT"));
        putIf(v, "sslcert", env.get("PGSSLCERT"));
        putIf(v, "sslkey", env.get("PGSSLKEY"));
        putIf(v, "connect_timeout", env.get("PGCONNECT_TIMEOUT"));
        putIf(v, "application_name", env.get("PGAPPNAME"));
        putIf(v, "host", in.host());
        putIf(v, "port", in.port() == null ? null : in.port().toString());
        putIf(v, "user", in.user());
        String dbname = in.dbname();
        if (dbname != null && (dbname.startsWith("postgresql://") || dbname.startsWith("postgres://"))) {
            v.putAll(parseUri(dbname));
        } else if (dbname != null && dbname.contains("=")) {
            v.putAll(parseConninfo(dbname));
        } else {
            putIf(v, "dbname", dbname);
        }
        v.putIfAbsent("dbname", v.get("user"));
        String sslmode = v.get("sslmode");
        if (sslmode != null && !SSL_MODES.contains(sslmode)) {
            throw new IllegalArgumentException("invalid sslmode value: \"" + sslmode + "\" (use one of "
                    + String.join(", ", SSL_MODES) + ")");
        }
        String host = v.remove("host");
        if (host.startsWith("/")) {
            warn.accept("Unix-domain sockets are not reachable over JDBC; connecting to localhost instead of " + host);
            host = "localhost";
        }
        int port = parsePort(v.remove("port"));
        String user = v.remove("user");
        String database = v.remove("dbname");
        String password = v.remove("password");
        if (in.promptedPassword() != null) {
            password = in.promptedPassword();
        }
        if (password == null) {
            password = env.get("PGPASSWORD");
        }
        if (password == null) {
            Path passfile = env.get("PGPASSFILE") != null ? Path.of(env.get("PGPASSFILE"))
                    : in.home() == null ? null : in.home().resolve(".pgpass");
            password = PgPass.lookup(passfile, host, port, database, user, warn).orElse(null);
        }
        return new ConnectionSpec(host, port, database, user, password, v);
    }

    private static void putIf(Map<String, String> map, String key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, value);
        }
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s.trim());
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port number: \"" + s + "\"");
        }
    }

    /** postgresql://[user[:password]@][host][:port][/dbname][?param=value&...] */
    static Map<String, String> parseUri(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            // the URI may hold a password: never echo it back
            throw new IllegalArgumentException("invalid connection URI (check its syntax and percent-encoding)");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            putIf(out, "user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
            if (colon >= 0) {
                out.put("password", decode(userInfo.substring(colon + 1)));
            }
        }
        if (uri.getHost() != null) {
            String h = uri.getHost();
            putIf(out, "host", h.startsWith("[") ? h.substring(1, h.length() - 1) : h);
        }
        if (uri.getPort() >= 0) {
            out.put("port", Integer.toString(uri.getPort()));
        }
        String path = uri.getRawPath();
        if (path != null && path.length() > 1) {
            out.put("dbname", decode(path.substring(1)));
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        return out;
    }

    /** key=value key='quoted value' ... as libpq's conninfo strings. */
    static Map<String, String> parseConninfo(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                throw new IllegalArgumentException("missing \"=\" after \"" + text.substring(i).split("\\s")[0]
                        + "\" in connection info string");
            }
            String key = text.substring(i, eq).trim().toLowerCase(Locale.ROOT);
            i = eq + 1;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder val = new StringBuilder();
            if (i < n && text.charAt(i) == '\'') {
                i++;
                while (i < n && text.charAt(i) != '\'') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    val.append(text.charAt(i++));
                }
                if (i >= n) {
                    throw new IllegalArgumentException("unterminated quoted string in connection info string");
                }
                i++;
            } else {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    val.append(text.charAt(i++));
                }
            }
            out.put(key, val.toString());
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** A JDBC data source for this spec; pooler-safe (no server-side prepared statements). */
    public PGSimpleDataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {host});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(user);
        if (password != null) {
            ds.setPassword(password);
        }
        ds.setApplicationName(params.getOrDefault("application_name", "pgjdump"));
        ds.setPrepareThreshold(0);
        ds.setTcpKeepAlive(true);
        ds.setConnectTimeout(Integer.parseInt(params.getOrDefault("connect_timeout", "30")));
        String sslmode = params.get("sslmode");
        if (sslmode != null) {
            ds.setSslMode(sslmode);
        }
        // libpq's names and meanings; pgjdbc reads the same files (PEM root certificate, client pair)
        if (params.containsKey("sslrootcert")) {
            ds.setSslRootCert(params.get("sslrootcert"));
        }
        if (params.containsKey("sslcert")) {
            ds.setSslCert(params.get("sslcert"));
        }
        if (params.containsKey("sslkey")) {
            ds.setSslKey(params.get("sslkey"));
        }
        if (params.containsKey("options")) {
            ds.setOptions(params.get("options"));
        }
        return ds;
    }

    /** For messages and manifests: never the password. */
    public String describe() {
        return "server at \"" + host + "\", port " + port + ", user \"" + user + "\", database \"" + database + "\"";
    }

    @Override
    public String toString() {
        return describe();
    }
}
