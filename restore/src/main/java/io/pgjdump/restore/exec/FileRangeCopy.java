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
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive COPY blocks of a plain script file, all with the same COPY statement, loaded by a
 * job straight from the file as one COPY: the reader only scans past the blocks and hands over
 * where they lie. So even a pg_dump file, with one large block per table, loads {@code jobs}
 * tables at once, and no row data is held in memory on the way. Joining the small blocks pgjdump
 * writes into one COPY saves a statement and a commit per block; the rows and their order are
 * the same.
 */
final class FileRangeCopy {

    private static final int CHUNK = 1 << 18;

    /** One block: its COPY statement's line, the line its data starts on, and where the data lies. */
    record Part(int statementLine, int dataLine, CopyExtent extent) {
    }

    private final Path file;
    private final Classified copy;
    private final List<Part> parts = new ArrayList<>();
    private long bytes;
    private final Failures failures;
    private final CopyStats stats;

    FileRangeCopy(Path file, Classified copy, Failures failures, CopyStats stats) {
        this.file = file;
        this.copy = copy;
        this.failures = failures;
        this.stats = stats;
    }

    /** True when {@code next} is the same COPY as this one's blocks, so its block may join them. */
    boolean accepts(Classified next) {
        return next.statement().text().equals(copy.statement().text());
    }

    /** Which table the blocks load, as far as scheduling goes: their COPY statement. */
    String key() {
        return copy.statement().text();
    }

    void add(int statementLine, int dataLine, CopyExtent extent) {
        parts.add(new Part(statementLine, dataLine, extent));
        bytes += extent.length();
    }

    long bytes() {
        return bytes;
    }

    /** Loads the blocks on the worker's connection; failures are recorded, not thrown. */
    Void load(Worker w) throws InterruptedException {
        long start = System.nanoTime();
        CopyIn in = null;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            w.sync();
            in = w.connection().unwrap(PGConnection.class).getCopyAPI().copyIn(copy.statement().text());
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(1, bytes)));
            for (Part part : parts) {
                long pos = part.extent().offset();
                long end = pos + part.extent().length();
                while (pos < end) {
                    if (Thread.interrupted()) {
                        throw new InterruptedException("stopping the COPY of line " + part.statementLine());
                    }
                    buf.clear().limit((int) Math.min(buf.capacity(), end - pos));
                    int n = ch.read(buf, pos);
                    if (n < 0) {
                        throw new IOException("the file became shorter while restoring (at byte " + pos + ")");
                    }
                    in.writeToCopy(buf.array(), 0, n);
                    pos += n;
                }
            }
            long rows = in.endCopy();
            stats.copied(copy.tables().isEmpty() ? "?" : copy.tables().get(0), rows, parts.get(0).statementLine(),
                    start, parts.size());
        } catch (SQLException e) {
            failures.add(failure(e));
        } catch (IOException e) {
            failures.add(io.pgjdump.restore.RestoreFailure.of(parts.get(0).statementLine(), null,
                    "reading the rows from " + file + ": " + e.getMessage(), copy.statement().text()));
        } finally {
            if (in != null && in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException e) {
                    failures.note("could not cancel the COPY of line " + parts.get(0).statementLine() + ": "
                            + e.getMessage());
                }
            }
        }
        return null;
    }

    /**
     * The server counts data lines from the start of this one COPY; the failure names the block
     * and the script line that row came from.
     */
    private io.pgjdump.restore.RestoreFailure failure(SQLException e) {
        long row = Sql.copyRow(e);
        for (Part part : parts) {
            if (row > 0 && row <= part.extent().lines()) {
                return Sql.copyFailure(e, copy.statement().text(), part.statementLine(), part.dataLine(), row);
            }
            row -= part.extent().lines();
        }
        return Sql.copyFailure(e, copy.statement().text(), parts.get(0).statementLine(), parts.get(0).dataLine());
    }
}
