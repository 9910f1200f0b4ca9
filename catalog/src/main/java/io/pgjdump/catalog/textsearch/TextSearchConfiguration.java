package io.pgjdump.catalog.textsearch;

import io.pgjdump.catalog.ObjectKey;

import java.util.List;

/**
 * A text search configuration with its token mappings.
 *
 * @param parser   its parser, qualified and quoted
 * @param mappings one entry per token type, in token type order
 */
public record TextSearchConfiguration(long oid, String schema, String name, String owner, String parser,
                                      List<Mapping> mappings, String comment) {

    public TextSearchConfiguration {
        mappings = List.copyOf(mappings);
    }

    public ObjectKey key() {
        return new ObjectKey("pg_ts_config", oid);
    }

    /**
     * The dictionaries one token type is looked up in, in order.
     *
     * @param tokenType    the parser's alias for the token type
     * @param dictionaries regdictionary text of each (qualified where the empty search path needs it)
     */
    public record Mapping(String tokenType, List<String> dictionaries) {

        public Mapping {
            dictionaries = List.copyOf(dictionaries);
        }
    }
}
