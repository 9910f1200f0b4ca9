package io.pgjdump.restore.script;

/**
 * Where the row data of a COPY block goes, in pieces of whole or partial lines exactly as they
 * are in the script. The bytes are only valid during the call; a sink that keeps them copies them.
 */
@FunctionalInterface
public interface CopySink {

    CopySink DISCARD = (bytes, offset, length) -> {
    };

    void write(byte[] bytes, int offset, int length);
}
