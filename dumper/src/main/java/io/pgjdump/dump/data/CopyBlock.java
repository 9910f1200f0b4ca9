package io.pgjdump.dump.data;

/**
 * A self-contained piece of the data section: {@code COPY ... FROM stdin;}, whole rows, and the
 * {@code \.} terminator, already framed (compressed or not) by the worker that read it.
 *
 * @param framed      the bytes as they go into the file
 * @param plainLength the size of the SQL text before compression
 * @param rows        rows in this block
 */
public record CopyBlock(byte[] framed, long plainLength, long rows) {
}
