package io.pgjdump.catalog.textsearch;

import io.pgjdump.catalog.ObjectKey;

/**
 * A text search dictionary.
 *
 * @param template   its template, qualified and quoted
 * @param initOption dictinitoption as stored (already "name = 'value', ..." SQL), or null
 */
public record TextSearchDictionary(long oid, String schema, String name, String owner, String template,
                                   String initOption, String comment) {

    public ObjectKey key() {
        return new ObjectKey("pg_ts_dict", oid);
    }
}
