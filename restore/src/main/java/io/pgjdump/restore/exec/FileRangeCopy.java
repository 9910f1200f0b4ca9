package io.pgjdump.restore.exec;

import io.pgjdump.restore.script.CopyExtent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;

/**
 * A COPY block of a plain script file loaded by a job straight from the file: the reader only
 * scans past the block (far faster than any server loads it) and hands over where it lies. So
 * even a pg_dump file, with one large block per table, loads {@code jobs} tables at once, and no
 * row data is held in memory on the way.
 */
final class FileRangeCopy {

    private static final int CHUNK = 1 << 18;

    private final Path file;
    private final CopyExtent extent;
    private final Classified copy;
    private final int dataLine;
    private final Failures failures;
    private final CopyStats stats;

    FileRangeCopy(Path file, CopyExtent extent, Classified copy, int dataLine, Failures failures, CopyStats stats) {
        this.file = file;
        this.extent = extent;
        this.copy = copy;
        this.dataLine = dataLine;
        this.failures = failures;
        this.stats = stats;
    }

    /** Loads the block on the worker's connection; failures are recorded, not thrown. */
    Void load(Worker w) throws InterruptedException {
        long start = System.nanoTime();
        CopyIn in = null;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            w.sync();
            in = w.connection().unwrap(PGConnection.class).getCopyAPI().copyIn(copy.statement().text());
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, extent.length())));
            long pos = extent.offset();
            long end = extent.offset() + extent.length();
            while (pos < end) {
                if (Thread.interrupted()) {
                    throw new InterruptedException("stopping the COPY of line " + copy.statement().line());
                }
                buf.clear().limit((int) Math.min(buf.capacity(), end - pos));
                int n = ch.read(buf, pos);
                if (n < 0) {
                    throw new IOException("the file became shorter while restoring (at byte " + pos + ")");
                }
                in.writeToCopy(buf.array(), 0, n);
                pos += n;
            }
            long rows = in.endCopy();
            stats.copied(copy.tables().isEmpty() ? "?" : copy.tables().get(0), rows, copy.statement().line(), start);
        } catch (SQLException e) {
            failures.add(Sql.copyFailure(e, copy.statement().text(), copy.statement().line(), dataLine));
        } catch (IOException e) {
            failures.add(io.pgjdump.restore.RestoreFailure.of(copy.statement().line(), null,
                    "reading the rows from " + file + ": " + e.getMessage(), copy.statement().text()));
        } finally {
            if (in != null && in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException e) {
                    failures.note("could not cancel the COPY of line " + copy.statement().line() + ": " + e.getMessage());
                }
            }
        }
        return null;
    }
}
