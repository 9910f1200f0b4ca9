package io.pgjdump.restore.script;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A COPY block larger than the test JVM's heap (surefire runs with -Xmx256m) passes through the
 * reader: it is streamed, never collected.
 */
class StreamingTest {

    private static final long BLOCK_BYTES = 512L << 20;

    @Test
    void copyBlockLargerThanTheHeapStreams() throws IOException {
        assertTrue(Runtime.getRuntime().maxMemory() < BLOCK_BYTES, "the test needs a heap smaller than the block");
        byte[] line = "12345\tsome text value with a \\t tab and a \\\\. escaped dot\t\\N\n".getBytes(StandardCharsets.UTF_8);
        long lines = BLOCK_BYTES / line.length;
        InputStream script = new SequenceInputStream(java.util.Collections.enumeration(java.util.List.of(
                stream("SELECT 1;\nCOPY big (a, b, c) FROM stdin;\n"), new Repeat(line, lines),
                stream("\\.\nSELECT 2;\n"))));
        AtomicLong bytes = new AtomicLong();
        try (ScriptReader r = new ScriptReader(ScriptInput.open(script))) {
            assertEquals("SELECT 1", ((Statement) r.next()).text());
            Statement copy = (Statement) r.next();
            assertTrue(copy.copyFromStdin());
            assertEquals(lines, r.copyData((b, off, len) -> bytes.addAndGet(len)));
            Statement after = (Statement) r.next();
            assertEquals("SELECT 2", after.text());
            assertEquals(lines + 4, after.line());
        }
        assertEquals(lines * line.length, bytes.get());
    }

    private static InputStream stream(String s) {
        return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The same line {@code count} times, generated as it is read. */
    private static final class Repeat extends InputStream {
        private final byte[] line;
        private long remaining;
        private int pos;

        Repeat(byte[] line, long count) {
            this.line = line;
            this.remaining = count;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) {
                return -1;
            }
            int n = 0;
            while (n < len && remaining > 0) {
                int k = Math.min(len - n, line.length - pos);
                System.arraycopy(line, pos, b, off + n, k);
                n += k;
                pos += k;
                if (pos == line.length) {
                    pos = 0;
                    remaining--;
                }
            }
            return n;
        }
    }
}
