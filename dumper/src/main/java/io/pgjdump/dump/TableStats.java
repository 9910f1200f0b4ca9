package io.pgjdump.dump;

/**
 * What the dump wrote for one table.
 *
 * @param rowBytes  bytes of COPY row text read from the server
 * @param fileBytes bytes it took in the file (after compression)
 * @param seconds   time spent reading it, summed over its parts
 */
public record TableStats(String schema, String name, long rows, long rowBytes, long fileBytes, double seconds,
                         int parts) {

    TableStats plus(long moreRows, long moreRowBytes, long moreFileBytes, double moreSeconds) {
        return new TableStats(schema, name, rows + moreRows, rowBytes + moreRowBytes, fileBytes + moreFileBytes,
                seconds + moreSeconds, parts + 1);
    }
}
