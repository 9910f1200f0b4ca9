/**
 * Reading a script: format detection (plain or zstd), the byte-level lexer that splits
 * statements as psql does, COPY row data streamed to a sink, psql meta-commands, the checksum
 * sidecar. Knows nothing of connections.
 */
package io.pgjdump.restore.script;
