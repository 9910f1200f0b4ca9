package io.pgjdump.dump.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file that does not exist under its final name until it is complete: bytes go to a hidden
 * temporary file in the same directory (so the rename cannot cross file systems), which is forced
 * to disk and renamed over the target on {@link #commit()}, or deleted on {@link #close()} without
 * commit. The file is created readable by its owner only: a backup holds every row of a database.
 */
public final class AtomicFile implements AutoCloseable {

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final BackgroundSync sync;
    private boolean committed;

    private AtomicFile(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.sync = new BackgroundSync(channel);
    }

    public static AtomicFile create(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("directory " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a directory");
        }
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        Path temp = target.resolveSibling("." + target.getFileName() + ".partial-" + suffix);
        FileChannel ch;
        try {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            ch = FileChannel.open(temp, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attr);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: create, then narrow what the platform lets us narrow
            ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            java.io.File f = temp.toFile();
            f.setReadable(false, false);
            f.setReadable(true, true);
            f.setWritable(false, false);
            f.setWritable(true, true);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("temporary file " + temp + " already exists", e);
        }
        return new AtomicFile(target, temp, ch);
    }

    /** The stream to write to; not buffered. Closing it does not close the file: commit or close does. */
    public OutputStream stream() {
        OutputStream raw = Channels.newOutputStream(channel);
        return new java.io.FilterOutputStream(raw) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                raw.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /**
     * The channel to write to; not buffered, so write big pieces. Every {@link BackgroundSync#EVERY}
     * bytes it starts flushing what is written to disk in the background, so the final sync at
     * commit has little left to do.
     */
    public WritableByteChannel channel() {
        return new WritableByteChannel() {
            @Override
            public int write(ByteBuffer src) throws IOException {
                int n = channel.write(src);
                sync.written(n);
                return n;
            }

            @Override
            public boolean isOpen() {
                return channel.isOpen();
            }

            @Override
            public void close() {
                // commit or close of the AtomicFile closes the file
            }
        };
    }

    public Path target() {
        return target;
    }

    /** Forces the bytes to disk and gives the file its final name. */
    public void commit() throws IOException {
        sync.finish();
        channel.force(true);
        channel.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Without a prior commit, removes the partial file. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                sync.abandon();
                channel.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Writes a small file (sidecar) with the same guarantees. */
    public static void writeSmall(Path target, byte[] content) throws IOException {
        try (AtomicFile f = create(target)) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                f.channel.write(buf);
            }
            f.commit();
        }
    }
}
