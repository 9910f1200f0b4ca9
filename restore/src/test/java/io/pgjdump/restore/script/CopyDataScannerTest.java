package io.pgjdump.restore.script;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The word-at-a-time scan of COPY data against the definition it must keep: the data ends at the
 * first line that is exactly {@code \.}, every byte before it passes through, every line end is
 * counted. Random data made of the bytes that matter (line ends, backslashes, dots, CR) lands
 * those bytes at every position of a word and across the reader's buffer boundaries.
 */
class CopyDataScannerTest {

    private static final byte[] ALPHABET = {'a', 'b', '\n', '\n', '\\', '\\', '.', '\r', '\t', 'N'};

    @Test
    void zeroBytesMarksExactlyTheZeroBytes() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long x = random.nextLong();
            // force some zero bytes, including next to 0x80 and 0x01 bytes, where carries would show
            for (int b = 0; b < 8; b++) {
                int r = random.nextInt(4);
                long v = r == 0 ? 0 : r == 1 ? 0x80 : r == 2 ? 0x01 : (x >>> (8 * b)) & 0xFF;
                x = (x & ~(0xFFL << (8 * b))) | (v << (8 * b));
            }
            long expected = 0;
            for (int b = 0; b < 8; b++) {
                if (((x >>> (8 * b)) & 0xFF) == 0) {
                    expected |= 0x80L << (8 * b);
                }
            }
            assertEquals(expected, CopyDataScanner.zeroBytes(x), Long.toHexString(x));
        }
    }

    @RepeatedTest(40)
    void randomDataPassesThroughUpToTheTerminator(org.junit.jupiter.api.RepetitionInfo info) throws IOException {
        Random random = new Random(info.getCurrentRepetition());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int target = random.nextInt(300_000);
        while (data.size() < target) {
            byte[] line = randomLine(random);
            data.write(line, 0, line.length);
        }
        byte[] rows = data.toByteArray();
        long newlines = 0;
        for (byte b : rows) {
            newlines += b == '\n' ? 1 : 0;
        }
        String head = "SELECT 1;\nCOPY t (a) FROM stdin;\n";
        ByteArrayOutputStream script = new ByteArrayOutputStream();
        script.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        script.writeBytes(rows);
        script.writeBytes((random.nextBoolean() ? "\\.\n" : "\\.\r\n").getBytes(StandardCharsets.UTF_8));
        script.writeBytes("SELECT 2;\n".getBytes(StandardCharsets.UTF_8));

        ByteArrayOutputStream passed = new ByteArrayOutputStream();
        try (ScriptReader r = new ScriptReader(ScriptInput.open(new ByteArrayInputStream(script.toByteArray())))) {
            r.next();
            r.next();
            assertEquals(newlines, r.copyData(passed::write));
            Statement after = (Statement) r.next();
            assertEquals("SELECT 2", after.text());
            assertEquals(3 + newlines + 1, after.line());
        }
        assertArrayEquals(rows, passed.toByteArray());
    }

    @Test
    void aBlockWithoutTerminatorIsReportedAsTruncated() throws IOException {
        byte[] script = "COPY t (a) FROM stdin;\nabcdefgh\n\\\\.\nabcdefghijklmnop\n".getBytes(StandardCharsets.UTF_8);
        try (ScriptReader r = new ScriptReader(ScriptInput.open(new ByteArrayInputStream(script)))) {
            r.next();
            ScriptException e = assertThrows(ScriptException.class, () -> r.copyData(CopySink.DISCARD));
            assertEquals(5, e.line());
        }
    }

    /** A line of random bytes from the alphabet, never the terminator line itself; ends with a line end. */
    private static byte[] randomLine(Random random) {
        while (true) {
            int n = random.nextInt(random.nextInt(10) == 0 ? 200 : 12);
            byte[] line = new byte[n + 1];
            for (int i = 0; i < n; i++) {
                byte b = ALPHABET[random.nextInt(ALPHABET.length)];
                line[i] = b == '\n' ? (byte) 'x' : b;
            }
            line[n] = '\n';
            String s = new String(line, StandardCharsets.ISO_8859_1);
            if (!s.equals("\\.\n") && !s.equals("\\.\r\n")) {
                return line;
            }
        }
    }
}
