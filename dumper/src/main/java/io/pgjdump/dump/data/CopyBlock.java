package io.pgjdump.dump.data;

import java.nio.ByteBuffer;

/**
 * A self-contained piece of the data section: {@code COPY ... FROM stdin;}, whole rows, and the
 * {@code \.} terminator, already framed (compressed or not) by the worker that read it.
 *
 * @param framed      the bytes as they go into the file, from 0 to its limit; the writer recycles it
 * @param plainLength the size of the SQL text before compression
 * @param rows        rows in this block
 */
public record CopyBlock(ByteBuffer framed, long plainLength, long rows) {

    public int fileBytes() {
        return framed.limit();
    }

    /** Memory this block pins until written: the whole buffer, not just its bytes. */
    public int heldBytes() {
        return framed.capacity();
    }
}
