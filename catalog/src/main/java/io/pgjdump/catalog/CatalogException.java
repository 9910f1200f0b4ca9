package io.pgjdump.catalog;

import java.sql.SQLException;

/** A catalog read that failed, naming what was being read and keeping the server's SQLSTATE. */
public class CatalogException extends SQLException {

    public CatalogException(String what, SQLException cause) {
        super(what + (cause.getSQLState() == null ? "" : " (" + cause.getSQLState() + ")") + ": "
                + firstLine(cause.getMessage()), cause.getSQLState(), cause.getErrorCode(), cause);
    }

    public CatalogException(String message) {
        super(message);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
