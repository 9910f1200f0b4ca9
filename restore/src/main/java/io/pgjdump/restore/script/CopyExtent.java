package io.pgjdump.restore.script;

/**
 * Where the row data of a COPY block lies in a plain script file: {@code length} bytes from
 * {@code offset}, the {@code \.} line excluded.
 */
public record CopyExtent(long offset, long length, long lines) {
}
