package io.pgjdump.dump.data;

import io.pgjdump.dump.DumpException;
import io.pgjdump.dump.output.Framer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Reads one task's rows with COPY TO STDOUT and turns them into blocks. */
final class TableCopier {

    private final int blockBytes;
    private final Framer framer;
    private final RowFormat format;

    TableCopier(int blockBytes, Framer framer, RowFormat format) {
        this.blockBytes = blockBytes;
        this.framer = framer;
        this.format = format;
    }

    /** Result of one task: how many rows and how many bytes of row text it read. */
    record Copied(long rows, long rowBytes) {
    }

    Copied copy(Connection conn, DataTask task, Consumer<CopyBlock> blocks) throws DumpException {
        RowBlocks builder = format.inserts()
                ? new InsertBlockBuilder(task, format, blockBytes, framer, blocks)
                : new CopyBlockBuilder(task.copyInHeader(), blockBytes, framer, blocks);
        CopyOut out = null;
        try {
            out = conn.unwrap(PGConnection.class).getCopyAPI().copyOut(task.copyOutSql());
            byte[] row;
            while ((row = out.readFromCopy()) != null) {
                builder.addRow(row);
            }
            builder.finish(task.part() == 0);
            return new Copied(builder.rows(), builder.rowBytes());
        } catch (SQLException e) {
            DumpException failure = DumpException.of("dumping table " + task.describe() + ": COPY failed", e);
            cancelIfActive(out, failure);
            throw failure;
        } catch (RuntimeException e) {
            cancelIfActive(out, e);
            throw e;
        }
    }

    /** A COPY left active would keep the connection busy; never hand it back in that state. */
    private static void cancelIfActive(CopyOut out, Throwable primary) {
        if (out != null && out.isActive()) {
            try {
                out.cancelCopy();
            } catch (SQLException cancelFailure) {
                primary.addSuppressed(cancelFailure);
            }
        }
    }
}
