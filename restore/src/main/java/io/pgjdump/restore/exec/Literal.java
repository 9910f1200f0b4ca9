package io.pgjdump.restore.exec;

/** A SQL string literal that reads the same whatever standard_conforming_strings says. */
final class Literal {

    private Literal() {
    }

    static String of(String value) {
        String body = value.replace("'", "''");
        return body.indexOf('\\') >= 0 ? "E'" + body.replace("\\", "\\\\") + "'" : "'" + body + "'";
    }
}
