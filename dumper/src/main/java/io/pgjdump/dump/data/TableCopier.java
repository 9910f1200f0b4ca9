package io.pgjdump.dump.data;

import io.pgjdump.dump.DumpException;
import io.pgjdump.dump.output.BlockBuffers;
import io.pgjdump.dump.output.Framer;
import io.pgjdump.restore.verify.RowDigest;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Reads one task's rows with COPY TO STDOUT, digests them and turns them into blocks. */
final class TableCopier {

    private final int blockBytes;
    private final Framer framer;
    private final BlockBuffers buffers;
    private final RowFormat format;

    TableCopier(int blockBytes, Framer framer, BlockBuffers buffers, RowFormat format) {
        this.blockBytes = blockBytes;
        this.framer = framer;
        this.buffers = buffers;
        this.format = format;
    }

    CopiedRows copy(Connection conn, DataTask task, Consumer<CopyBlock> blocks) throws DumpException {
        RowBlocks builder = format.inserts()
                ? new InsertBlockBuilder(task, format, blockBytes, framer, buffers, blocks)
                : new CopyBlockBuilder(task.copyInHeader(), blockBytes, framer, buffers, blocks);
        RowDigest digest = new RowDigest();
        CopyOut out = null;
        try {
            out = conn.unwrap(PGConnection.class).getCopyAPI().copyOut(task.copyOutSql());
            byte[] row;
            while ((row = out.readFromCopy()) != null) {
                digest.addRow(row, 0, row.length);
                builder.addRow(row);
            }
            builder.finish(task.part() == 0);
            return new CopiedRows(builder.rows(), builder.rowBytes(), digest);
        } catch (SQLException e) {
            DumpException failure = DumpException.of("dumping table " + task.describe() + ": COPY failed", e);
            cancelIfActive(out, failure);
            builder.abandon();
            throw failure;
        } catch (RuntimeException e) {
            cancelIfActive(out, e);
            builder.abandon();
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
