package io.pgjdump.dump;

import io.pgjdump.restore.verify.RowDigest;

/**
 * What the dump wrote for one table.
 *
 * @param rowBytes  bytes of COPY row text read from the server
 * @param fileBytes bytes it took in the file (after compression)
 * @param seconds   time spent reading it, summed over its parts
 * @param digest    {@link RowDigest#hex()} of all its rows, which restore --check compares
 */
public record TableStats(String schema, String name, long rows, long rowBytes, long fileBytes, double seconds,
                         int parts, String digest) {

    static TableStats empty(String schema, String name) {
        return new TableStats(schema, name, 0, 0, 0, 0, 0, new RowDigest().hex());
    }

    TableStats plus(long moreRows, long moreRowBytes, long moreFileBytes, double moreSeconds, String newDigest) {
        return new TableStats(schema, name, rows + moreRows, rowBytes + moreRowBytes, fileBytes + moreFileBytes,
                seconds + moreSeconds, parts + 1, newDigest);
    }
}
