package io.pgjdump.restore;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to restore. Build with {@link #file(Path)} or {@link #stream(InputStream)} and the withers.
 *
 * @param file              the script, plain SQL or zstd (recognised by its first bytes); null when
 *                          {@code stream} is given
 * @param stream            the script as a stream the caller owns ("-" on the command line); null
 *                          when {@code file} is given. Not closed by the restore.
 * @param jobs              connections that load COPY blocks and build indexes at once (1 = all on
 *                          one connection)
 * @param singleTransaction everything in one transaction on one connection: all or nothing
 * @param clean             drop what the file creates before creating it (needs a file: two passes)
 * @param ifExists          with clean: {@code DROP ... IF EXISTS}, so missing objects are no error
 * @param continueOnError   record a failed statement and go on, instead of stopping at the first
 * @param verifyChecksum    check {@code FILE.sha256}, when it exists, before anything is committed
 * @param listener          told about progress and failures; never null
 * @param quiet             only failures reach the listener
 * @param copyBufferBytes   bytes of COPY data one job may hold queued in memory; bounds memory and
 *                          sets how far the reader can run ahead of a slow COPY
 * @param check             after the restore, re-read every table the script carries a
 *                          {@code -- pgjdump:check} digest for and compare (see {@link CheckResult})
 */
public record RestoreOptions(Path file, InputStream stream, int jobs, boolean singleTransaction, boolean clean,
                             boolean ifExists, boolean continueOnError, boolean verifyChecksum,
                             ProgressListener listener, boolean quiet, int copyBufferBytes, boolean check) {

    public static final int DEFAULT_COPY_BUFFER_BYTES = 16 << 20;

    public RestoreOptions {
        if ((file == null) == (stream == null)) {
            throw new IllegalArgumentException("give exactly one input: a file or a stream");
        }
        Objects.requireNonNull(listener, "listener");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
        }
        if (singleTransaction && jobs > 1) {
            throw new IllegalArgumentException("a single transaction runs on one connection: jobs must be 1");
        }
        if (singleTransaction && continueOnError) {
            throw new IllegalArgumentException(
                    "a single transaction cannot continue after an error: the server aborts it");
        }
        if (ifExists && !clean) {
            throw new IllegalArgumentException("ifExists only makes sense with clean");
        }
        if (clean && stream != null) {
            throw new IllegalArgumentException(
                    "clean reads the input twice (once to learn what to drop), so it needs a file, not a stream");
        }
        if (copyBufferBytes < 64 * 1024) {
            throw new IllegalArgumentException("copyBufferBytes must be at least 64 KiB");
        }
    }

    /** Defaults: one job, exit on the first error, verify the checksum when there is one. */
    public static RestoreOptions file(Path file) {
        return new RestoreOptions(Objects.requireNonNull(file, "file"), null, 1, false, false, false, false, true,
                ProgressListener.NONE, false, DEFAULT_COPY_BUFFER_BYTES, false);
    }

    /** A script read from a stream (no checksum to verify, no clean). */
    public static RestoreOptions stream(InputStream stream) {
        return new RestoreOptions(null, Objects.requireNonNull(stream, "stream"), 1, false, false, false, false,
                true, ProgressListener.NONE, false, DEFAULT_COPY_BUFFER_BYTES, false);
    }

    /** "-" means the given stream (standard input), anything else a file. */
    public static RestoreOptions input(String fileOrDash, InputStream stdin) {
        return "-".equals(fileOrDash) ? stream(stdin) : file(Path.of(fileOrDash));
    }

    public RestoreOptions withJobs(int n) {
        return new RestoreOptions(file, stream, n, singleTransaction, clean, ifExists, continueOnError,
                verifyChecksum, listener, quiet, copyBufferBytes, check);
    }

    public RestoreOptions withSingleTransaction(boolean on) {
        return new RestoreOptions(file, stream, jobs, on, clean, ifExists, continueOnError, verifyChecksum,
                listener, quiet, copyBufferBytes, check);
    }

    /** Drop what the file creates first; {@code ifExists} makes missing objects no error. */
    public RestoreOptions withClean(boolean on, boolean ifExistsToo) {
        return new RestoreOptions(file, stream, jobs, singleTransaction, on, ifExistsToo, continueOnError,
                verifyChecksum, listener, quiet, copyBufferBytes, check);
    }

    public RestoreOptions withContinueOnError(boolean on) {
        return new RestoreOptions(file, stream, jobs, singleTransaction, clean, ifExists, on, verifyChecksum,
                listener, quiet, copyBufferBytes, check);
    }

    public RestoreOptions withVerifyChecksum(boolean on) {
        return new RestoreOptions(file, stream, jobs, singleTransaction, clean, ifExists, continueOnError, on,
                listener, quiet, copyBufferBytes, check);
    }

    public RestoreOptions withListener(ProgressListener l) {
        return new RestoreOptions(file, stream, jobs, singleTransaction, clean, ifExists, continueOnError,
                verifyChecksum, l, quiet, copyBufferBytes, check);
    }

    public RestoreOptions withQuiet(boolean on) {
        return new RestoreOptions(file, stream, jobs, singleTransaction, clean, ifExists, continueOnError,
                verifyChecksum, listener, on, copyBufferBytes, check);
    }

    public RestoreOptions withCopyBufferBytes(int bytes) {
        return new RestoreOptions(file, stream, jobs, singleTransaction, clean, ifExists, continueOnError,
                verifyChecksum, listener, quiet, bytes, check);
    }

    /** Check the restored tables against the digests the script carries. */
    public RestoreOptions withCheck(boolean on) {
        return new RestoreOptions(file, stream, jobs, singleTransaction, clean, ifExists, continueOnError,
                verifyChecksum, listener, quiet, copyBufferBytes, on);
    }

    /** Where the script comes from, for messages. */
    public String inputName() {
        return file != null ? file.toString() : "standard input";
    }
}
