package io.pgjdump.cli;

import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns a failure into the one line a user reads: what failed, against which server or object,
 * and the server's SQLSTATE where there is one. Stack traces are for --verbose only.
 */
final class Failures {

    private Failures() {
    }

    /** A failure to open the first connection: says which server and why, never the password. */
    static String connection(Throwable e, ConnectionSpec spec) {
        Throwable root = rootCause(e);
        String where = "connection to server at \"" + spec.host() + "\", port " + spec.port() + " failed: ";
        if (root instanceof UnknownHostException) {
            return "could not translate host name \"" + spec.host() + "\" to address (DNS lookup failed; check the"
                    + " spelling, and for Supabase copy the host from the project's Connect dialog)";
        }
        if (root instanceof NoRouteToHostException || root instanceof SocketException && noRoute(root.getMessage())) {
            if (onlyIpv6(spec.host())) {
                return where + "the host has only IPv6 addresses and this machine cannot reach IPv6 (network is"
                        + " unreachable); use a host with an IPv4 address: for Supabase the pooler"
                        + " (aws-0-<region>.pooler.supabase.com, port 5432 session or 6543 transaction mode,"
                        + " user postgres.<project-ref>) instead of db.<project-ref>.supabase.co";
            }
            return where + "network is unreachable; check the host, and whether this machine has a route to it";
        }
        if (root instanceof ConnectException) {
            return where + "connection refused; is the server running on that host and accepting TCP/IP connections?";
        }
        if (root instanceof SocketTimeoutException) {
            return where + "timed out; check the host, the port and any firewall";
        }
        SQLException sql = deepestSql(e);
        if (sql != null) {
            String msg = firstLine(sql.getMessage());
            String lower = msg.toLowerCase(Locale.ROOT);
            String state = sql.getSQLState();
            String sqlstate = state == null ? "" : " (SQLSTATE " + state + ")";
            if ("08004".equals(state) && lower.contains("password") && !lower.contains("authentication failed")) {
                return where + "the server asks for a password and none was given (use PGPASSWORD, ~/.pgpass or -W)"
                        + sqlstate;
            }
            if ("28P01".equals(state) || lower.contains("password authentication failed")) {
                return where + "password authentication failed for user \"" + spec.user() + "\"; check the password"
                        + " (PGPASSWORD, ~/.pgpass, the URI)" + sqlstate;
            }
            if (lower.contains("tenant or user not found")) {
                return where + "the pooler does not know user \"" + spec.user() + "\"; Supabase's pooler expects the"
                        + " user as postgres.<project-ref>" + sqlstate;
            }
            if (lower.contains("ssl") && lower.contains("not support")) {
                return where + "the server does not support SSL, but sslmode=" + spec.params().getOrDefault("sslmode",
                        "require") + " requires it; use sslmode=prefer or disable for this server" + sqlstate;
            }
            if (lower.contains("no pg_hba.conf entry") && lower.contains("no encryption")) {
                return where + "the server accepts only SSL connections and sslmode="
                        + spec.params().getOrDefault("sslmode", "prefer") + " did not use SSL; use sslmode=require"
                        + " (or verify-full with sslrootcert)" + sqlstate;
            }
            if (lower.contains("certificate") || lower.contains("sslhandshake") || lower.contains("pkix")) {
                return where + "SSL certificate check failed (" + msg + "); for sslmode=verify-ca or verify-full give the"
                        + " server's CA with sslrootcert" + sqlstate;
            }
            return where + msg + sqlstate;
        }
        return where + firstLine(String.valueOf(root.getMessage()));
    }

    /**
     * ENETUNREACH, or (on a machine with no IPv6 at all) EAFNOSUPPORT: the JDK reports both as a
     * plain SocketException with the system's text.
     */
    private static boolean noRoute(String message) {
        String m = String.valueOf(message).toLowerCase(Locale.ROOT);
        return m.contains("unreachable") || m.contains("family unavailable") || m.contains("family not supported");
    }

    /** Whether every address of the host is IPv6 (Supabase's direct db.<ref>.supabase.co hosts are). */
    static boolean onlyIpv6(String host) {
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            return all.length > 0 && java.util.Arrays.stream(all).allMatch(a -> a instanceof Inet6Address);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Any other failure: the exception's own message already names the object and the SQLSTATE. */
    static String general(Throwable e) {
        String msg = firstLine(e.getMessage());
        return msg.isEmpty() ? e.getClass().getSimpleName() : msg;
    }

    private static SQLException deepestSql(Throwable e) {
        SQLException found = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && (found == null || s.getSQLState() != null)) {
                found = s;
            }
        }
        return found;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).trim();
    }
}
