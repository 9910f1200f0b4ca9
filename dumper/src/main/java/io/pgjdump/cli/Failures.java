package io.pgjdump.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

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
            return "could not translate host name \"" + spec.host() + "\" to address (DNS lookup failed)";
        }
        if (root instanceof NoRouteToHostException || root instanceof SocketException
                && String.valueOf(root.getMessage()).contains("unreachable")) {
            return where + "network is unreachable; if the host has only an IPv6 address and this machine has no "
                    + "IPv6 route, use an IPv4 address (for Supabase: the pooler host)";
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
            String state = sql.getSQLState();
            if ("08004".equals(state) && msg.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                return where + "the server asks for a password and none was given (use PGPASSWORD, ~/.pgpass or -W)"
                        + " (SQLSTATE 08004)";
            }
            if (msg.contains("SSL") && msg.toLowerCase(java.util.Locale.ROOT).contains("not support")) {
                return where + "the server does not support SSL but sslmode requires it (SQLSTATE " + state + ")";
            }
            if (msg.contains("no pg_hba.conf entry") && msg.contains("no encryption")) {
                return where + msg + "; the server requires SSL: add ?sslmode=require (SQLSTATE " + state + ")";
            }
            return where + msg + (state == null ? "" : " (SQLSTATE " + state + ")");
        }
        return where + firstLine(String.valueOf(root.getMessage()));
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
