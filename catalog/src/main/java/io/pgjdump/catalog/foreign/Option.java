package io.pgjdump.catalog.foreign;

import io.pgjdump.catalog.Quote;

import java.util.List;
import java.util.stream.Collectors;

/** One generic option (name 'value') of a wrapper, server, user mapping, foreign table or column. */
public record Option(String name, String value) {

    /**
     * Options as the catalog stores them (text[] of "name=value"); split at the first '=' as
     * pg_options_to_table() does.
     */
    static List<Option> parse(List<String> stored) {
        return stored.stream().map(s -> {
            int eq = s.indexOf('=');
            return eq < 0 ? new Option(s, "") : new Option(s.substring(0, eq), s.substring(eq + 1));
        }).toList();
    }

    /** " OPTIONS (a 'x', b 'y')", or "" when there are none. */
    static String clause(List<Option> options) {
        if (options.isEmpty()) {
            return "";
        }
        return " OPTIONS (" + options.stream().map(o -> Quote.ident(o.name()) + " " + Quote.literal(o.value()))
                .collect(Collectors.joining(", ")) + ")";
    }
}
