package io.pgjdump.restore.exec;

import io.pgjdump.restore.script.Statement;

import java.util.List;

/**
 * A statement with what the executor learned from it.
 *
 * @param tables the tables it locks, as regclass text ({@code "Sch".tbl}), for INDEX, KEY,
 *               FOREIGN_KEY (referencing table first) and COPY; empty otherwise
 */
record Classified(Statement statement, Kind kind, List<String> tables) {

    Classified {
        tables = List.copyOf(tables);
    }
}
