package io.pgjdump.restore.verify;

import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowDigestTest {

    @Test
    void hashMatchesCommonsCodecForEveryTailLengthAndOffset() {
        Random random = new Random(42);
        byte[] data = new byte[300];
        random.nextBytes(data);
        for (int offset = 0; offset < 9; offset++) {
            for (int length = 0; length <= 64; length++) {
                assertArrayEquals(MurmurHash3.hash128x64(data, offset, length, 0),
                        RowDigest.hash(data, offset, length), "offset " + offset + " length " + length);
            }
        }
        assertArrayEquals(MurmurHash3.hash128x64(data, 3, 297, 0), RowDigest.hash(data, 3, 297));
    }

    @Test
    void orderOfRowsAndSplitIntoPartsDoNotMatter() {
        List<byte[]> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(("" + i + "\tname " + i + "\t\\N\n").getBytes(StandardCharsets.UTF_8));
        }
        RowDigest inOrder = digest(rows);
        Collections.shuffle(rows, new Random(7));
        RowDigest parts = digest(rows.subList(0, 400));
        parts.add(digest(rows.subList(400, 1000)));
        assertTrue(inOrder.sameAs(parts));
        assertEquals(inOrder.hex(), parts.hex());
        assertEquals(1000, parts.rows());
    }

    @Test
    void aChangedMissingOrDuplicatedRowChangesTheDigest() {
        List<byte[]> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(("row " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        RowDigest original = digest(rows);
        List<byte[]> changed = new ArrayList<>(rows);
        changed.set(50, "row 50 \n".getBytes(StandardCharsets.UTF_8));
        assertFalse(original.sameAs(digest(changed)));
        List<byte[]> duplicated = new ArrayList<>(rows);
        duplicated.set(50, rows.get(49));
        RowDigest dup = digest(duplicated);
        assertEquals(original.rows(), dup.rows());
        assertNotEquals(original.hex(), dup.hex());
        assertFalse(original.sameAs(digest(rows.subList(0, 99))));
    }

    @Test
    void carryCrossesIntoTheHighWord() {
        // enough random rows that the low word overflows many times; parts must still agree
        Random random = new Random(1);
        List<byte[]> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            byte[] r = new byte[random.nextInt(40)];
            random.nextBytes(r);
            rows.add(r);
        }
        RowDigest whole = digest(rows);
        RowDigest a = digest(rows.subList(0, 2500));
        a.add(digest(rows.subList(2500, 5000)));
        assertTrue(whole.sameAs(a));
        assertEquals(32, whole.hex().length());
    }

    private static RowDigest digest(List<byte[]> rows) {
        RowDigest d = new RowDigest();
        for (byte[] r : rows) {
            d.addRow(r, 0, r.length);
        }
        return d;
    }
}
