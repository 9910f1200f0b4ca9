package io.pgjdump.restore.script;

import io.pgjdump.restore.verify.CheckLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A {@link ScriptReader} that can parse ahead of execution without running anything. The restore
 * uses it while the checksum is being computed on another thread: the script is parsed on one
 * core while the file is hashed on the other, so by the time the checksum is verified the
 * parsing is done and no longer competes with the server for the CPU.
 *
 * <p>Only a plain file can be read ahead past COPY data (its rows stay in the file and are read
 * again from their {@link CopyExtent}). Memory stays bounded: at most {@link #MAX_ITEMS} items and
 * {@link #MAX_TEXT_CHARS} characters of statement text are held; after that, reading goes on
 * from the reader as usual. A damaged script is reported when execution reaches the damage, as
 * it would be without reading ahead, so the statements before it still run; a COPY whose data is
 * cut fails as a whole, at its statement, before any of its rows are sent.
 */
public final class ReadAhead implements AutoCloseable {

    static final int MAX_ITEMS = 200_000;
    static final long MAX_TEXT_CHARS = 64L << 20;
    private static final int CHUNK = 1 << 18;

    /** An item read ahead: the COPY data line and extent for COPY statements, or the failure met there. */
    private record Entry(ScriptItem item, int dataLine, CopyExtent extent, RuntimeException failure) {
    }

    private final ScriptReader reader;
    private final Path plainFile;
    private final ArrayDeque<Entry> ahead = new ArrayDeque<>();
    private long aheadChars;
    private boolean readerDone;
    /** The entry last returned from the buffer, until it is consumed. */
    private Entry current;
    private FileChannel channel;

    /** {@code plainFile}: the script when it is an uncompressed file, else null (then nothing is read ahead). */
    public ReadAhead(ScriptReader reader, Path plainFile) {
        this.reader = reader;
        this.plainFile = plainFile;
    }

    /**
     * Parses ahead while {@code goOn} says so and the limits allow; never executes, never throws
     * for a damaged script (the failure is kept for {@link #next} to throw in its place).
     *
     * @return the number of items now held
     */
    public int fill(BooleanSupplier goOn) {
        if (plainFile == null || reader.copyPending()) {
            // reading on would skip the data of the COPY just returned, which its caller has yet to take
            return ahead.size();
        }
        while (!readerDone && ahead.size() < MAX_ITEMS && aheadChars < MAX_TEXT_CHARS && goOn.getAsBoolean()) {
            try {
                ScriptItem item = reader.next();
                if (item == null) {
                    readerDone = true;
                    ahead.add(new Entry(null, reader.line(), null, null));
                    break;
                }
                int dataLine = reader.line();
                CopyExtent extent = item instanceof Statement s && s.copyFromStdin() ? reader.skipCopyData() : null;
                if (item instanceof Statement s) {
                    aheadChars += s.text().length();
                }
                ahead.add(new Entry(item, dataLine, extent, null));
            } catch (ScriptException | UncheckedIOException e) {
                readerDone = true;
                ahead.add(new Entry(null, reader.line(), null, e));
            }
        }
        return ahead.size();
    }

    /** The next statement or meta-command, or null at the end of the script; see {@link ScriptReader#next}. */
    public ScriptItem next() {
        current = null;
        Entry e = ahead.poll();
        if (e == null) {
            return readerDone ? null : reader.next();
        }
        if (e.failure() != null) {
            throw e.failure();
        }
        if (e.item() != null) {
            aheadChars -= e.item() instanceof Statement s ? s.text().length() : 0;
            current = e;
        }
        return e.item();
    }

    /** The line after the item last returned: for a COPY statement, the first line of its data. */
    public int line() {
        return current != null ? current.dataLine() : reader.line();
    }

    /** Streams the row data of the COPY just returned into {@code sink}; see {@link ScriptReader#copyData}. */
    public long copyData(CopySink sink) {
        if (current == null || current.extent() == null) {
            return reader.copyData(sink);
        }
        CopyExtent extent = takeExtent();
        try {
            if (channel == null) {
                channel = FileChannel.open(plainFile, StandardOpenOption.READ);
            }
            byte[] bytes = new byte[(int) Math.min(CHUNK, Math.max(1, extent.length()))];
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            long pos = extent.offset();
            long end = pos + extent.length();
            while (pos < end) {
                buf.clear().limit((int) Math.min(bytes.length, end - pos));
                int n = channel.read(buf, pos);
                if (n < 0) {
                    throw new ScriptException("the file became shorter while restoring (at byte " + pos + ")",
                            extent.lines() > 0 ? line() : 0, pos);
                }
                sink.write(bytes, 0, n);
                pos += n;
            }
            return extent.lines();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the rows of the COPY before line " + line() + " from " + plainFile, e);
        }
    }

    /** Where the row data of the COPY just returned lies in the file; see {@link ScriptReader#skipCopyData}. */
    public CopyExtent skipCopyData() {
        if (current == null || current.extent() == null) {
            return reader.skipCopyData();
        }
        return takeExtent();
    }

    private CopyExtent takeExtent() {
        CopyExtent extent = current.extent();
        current = new Entry(current.item(), current.dataLine(), null, null);
        return extent;
    }

    /** The {@code -- pgjdump:check} comments read so far (read ahead included). */
    public List<CheckLine> checks() {
        return reader.checks();
    }

    @Override
    public void close() throws IOException {
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            reader.close();
        }
    }
}
