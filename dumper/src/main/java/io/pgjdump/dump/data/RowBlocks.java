package io.pgjdump.dump.data;

/** Turns the COPY text rows of one task into self-contained blocks of script. */
interface RowBlocks {

    /** One row as COPY TO STDOUT sends it: text format, ending in a newline. */
    void addRow(byte[] row);

    /** Emits what is left; an empty block only when asked and only where the format has one. */
    void finish(boolean emitEmpty);

    /** Gives the unfinished block's buffer back after a failure. */
    void abandon();

    long rows();

    long rowBytes();
}
