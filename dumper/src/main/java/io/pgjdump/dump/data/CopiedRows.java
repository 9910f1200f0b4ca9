package io.pgjdump.dump.data;

import io.pgjdump.restore.verify.RowDigest;

/**
 * What one task read: its rows, the bytes of their COPY text, and their order-independent digest.
 * The digest belongs to the writer once the task is done; parts of one table are summed with
 * {@link RowDigest#add}.
 */
public record CopiedRows(long rows, long rowBytes, RowDigest digest) {
}
