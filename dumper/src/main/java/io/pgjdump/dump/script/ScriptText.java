package io.pgjdump.dump.script;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.dump.data.DataTask;

import java.time.Instant;

/**
 * The fixed parts of a pgjdump script: the header that puts a replaying session in the state the
 * DDL expects, the comment that introduces each item (the same shape pg_dump uses, so people and
 * tools that read pg_dump files find their way), and the closing line whose absence tells a
 * reader that the file was cut short.
 */
public final class ScriptText {

    public static final String COMPLETE = "-- pgjdump dump complete\n";

    private ScriptText() {
    }

    public static String header(String tool, String database, String serverVersion, Instant started, String scope) {
        return """
                --
                -- pgjdump dump of database %s
                --
                -- Dumped from server version %s by %s
                -- Started at %s
                -- Contents: %s
                --

                SET statement_timeout = 0;
                SET lock_timeout = 0;
                SET idle_in_transaction_session_timeout = 0;
                SET client_encoding = 'UTF8';
                SET standard_conforming_strings = on;
                SELECT pg_catalog.set_config('search_path', '', false);
                SET check_function_bodies = false;
                SET xmloption = content;
                SET client_min_messages = warning;
                SET row_security = off;

                """.formatted(commentSafe(Quote.ident(database)), serverVersion, tool, started, commentSafe(scope));
    }

    /** An item with its introducing comment. */
    public static String item(DdlItem item) {
        return "--\n-- Name: " + commentSafe(item.name()) + "; Type: " + item.kind().label() + "; Schema: "
                + (item.schema() == null ? "-" : commentSafe(item.schema())) + "; Owner: "
                + (item.owner() == null ? "-" : commentSafe(item.owner())) + "\n--\n\n" + item.sql() + "\n";
    }

    /** Introduces the rows of one table (written once, before its first block). */
    public static String dataComment(DataTask task) {
        return "--\n-- Data for Name: " + commentSafe(task.table().name()) + "; Type: TABLE DATA; Schema: "
                + commentSafe(task.table().schema()) + "\n--\n\n";
    }

    public static String sequenceSetComment(Sequence s) {
        return "--\n-- Name: " + commentSafe(s.name()) + "; Type: SEQUENCE SET; Schema: " + commentSafe(s.schema())
                + "\n--\n\n";
    }

    /** A part of the script that a reader should find at a glance. */
    public static String banner(String title) {
        String rule = "-- " + "=".repeat(76) + "\n";
        return "\n" + rule + "-- " + commentSafe(title) + "\n" + rule + "\n";
    }

    public static String section(String title) {
        return "--\n-- " + title + "\n--\n\n";
    }

    /** Names go into "--" comments: a newline in a name must not end the comment. */
    static String commentSafe(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n");
    }
}
