package io.pgjdump.restore.script;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte array without the locking of ByteArrayOutputStream. */
final class Bytes {

    private byte[] data = new byte[256];
    private int length;

    void add(int b) {
        if (length == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[length++] = (byte) b;
    }

    void clear() {
        length = 0;
        if (data.length > 1 << 20) {
            data = new byte[256];
        }
    }

    int length() {
        return length;
    }

    byte[] array() {
        return data;
    }

    /** Decodes a range leniently; the statement as a whole is decoded strictly elsewhere. */
    String string(int from, int to) {
        return new String(data, from, to - from, StandardCharsets.UTF_8);
    }

    int count(int b, int before) {
        int n = 0;
        for (int i = 0; i < before; i++) {
            if (data[i] == b) {
                n++;
            }
        }
        return n;
    }
}
