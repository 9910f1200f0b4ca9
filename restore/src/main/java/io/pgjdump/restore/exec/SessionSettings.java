package io.pgjdump.restore.exec;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The session settings the script made on the main connection (SET, RESET, set_config(...,
 * false)), in order, so each worker connection can replay the ones it has not seen before it runs
 * anything: search_path '' in particular changes what every later name means.
 */
final class SessionSettings {

    private final List<String> statements = new CopyOnWriteArrayList<>();

    void add(String sql) {
        statements.add(sql);
    }

    int size() {
        return statements.size();
    }

    /** Settings from index {@code from} on. */
    List<String> since(int from) {
        return statements.subList(from, statements.size());
    }
}
