package io.pgjdump.dump;

/** Hears about a dump's progress; the command line turns this into its progress display. */
public interface DumpListener {

    DumpListener SILENT = new DumpListener() {
    };

    /** The catalog is read: this many tables will have their rows dumped, about this many bytes. */
    default void planned(int tables, long estimatedBytes) {
    }

    /** One table is in the file (all its parts, when it was split). */
    default void tableDone(TableStats stats) {
    }

    /**
     * One range of a split table is in the file; {@code soFar} sums its parts written until now.
     * Lets a display move during a table that takes minutes.
     */
    default void tablePartDone(TableStats soFar) {
    }

    /** Something was left out or could not be represented. */
    default void warning(String message) {
    }
}
