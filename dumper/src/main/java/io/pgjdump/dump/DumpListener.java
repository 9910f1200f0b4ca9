package io.pgjdump.dump;

/** Hears about a dump's progress; the command line turns this into its progress display. */
public interface DumpListener {

    DumpListener SILENT = new DumpListener() {
    };

    /** The catalog is read: this many tables will have their rows dumped, about this many bytes. */
    default void planned(int tables, long estimatedBytes) {
    }

    /** One table (or part of one) is in the file. */
    default void tableDone(TableStats stats) {
    }

    /** Something was left out or could not be represented. */
    default void warning(String message) {
    }
}
