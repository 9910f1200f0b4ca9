package io.pgjdump.restore.exec;

import io.pgjdump.restore.script.ReadAhead;
import io.pgjdump.restore.script.ScriptException;
import io.pgjdump.restore.script.Sha256Sidecar;
import io.pgjdump.restore.script.Statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The checksum of the script, computed on a thread of its own while the first statements run.
 * Until it has matched, those statements run in one transaction on the main connection that is
 * committed only then: a damaged file still changes nothing, and the second of hashing is not
 * added to the restore's time. Only plain definitions may run before the checksum is known
 * ({@link #mayRunBefore}); anything else (COPY data, the jobs, the script's own transaction
 * control, statements that cannot run in a transaction block) first waits for it. While it
 * waits, the script is parsed ahead. A restore that must verify before anything runs only
 * {@link #await()}s it.
 */
final class ChecksumGate {

    /** First words of statements that may run inside the transaction before the checksum is known. */
    private static final Set<String> DEFINITIONS = Set.of("CREATE", "ALTER", "COMMENT", "GRANT", "REVOKE", "SET",
            "SELECT", "SECURITY");
    /** Words that make such a statement one to run only after it (not allowed in a transaction block, or global). */
    private static final Set<String> OUTSIDE = Set.of("DATABASE", "TABLESPACE", "SUBSCRIPTION", "SYSTEM",
            "CONCURRENTLY", "VALUE", "ROLE", "USER", "GROUP");

    private final Path file;
    private final ReadAhead reader;
    private final FutureTask<Boolean> hash;
    private final long start = System.nanoTime();
    private volatile long hashNanos;
    private boolean open;
    private boolean verified;

    private ChecksumGate(Path file, ReadAhead reader) {
        this.file = file;
        this.reader = reader;
        this.hash = new FutureTask<>(() -> {
            try {
                return Sha256Sidecar.verify(file);
            } finally {
                hashNanos = System.nanoTime() - start;
            }
        });
    }

    /** Starts hashing {@code file} against its sidecar. */
    static ChecksumGate start(Path file, ReadAhead reader) {
        ChecksumGate gate = new ChecksumGate(file, reader);
        Thread t = new Thread(gate.hash, "pgjdump-checksum");
        t.setDaemon(true);
        t.start();
        return gate;
    }

    /** True while the checksum has not been awaited: main is then inside the gate's transaction. */
    boolean pending() {
        return !open;
    }

    /** Whether a sidecar was there and matched; valid once the gate is open. */
    boolean verified() {
        return verified;
    }

    /** How long hashing took on its thread. */
    long hashNanos() {
        return hashNanos;
    }

    /**
     * Waits for the checksum (parsing ahead meanwhile). When it matches, commits what ran before
     * it and returns {@code main} to autocommit; when it does not, rolls that back and throws.
     */
    void open(Connection main) throws SQLException {
        await(main);
        main.commit();
        main.setAutoCommit(true);
    }

    /**
     * A statement failed, or the script broke off, before the checksum was known: a damaged file
     * is reported as such; otherwise what ran before is rolled back, so the target is unchanged.
     */
    void fail(Connection main) throws SQLException {
        await(main);
        main.rollback();
        main.setAutoCommit(true);
    }

    /**
     * Waits for the checksum, parsing the script ahead meanwhile, without touching any connection
     * (a restore that verifies first calls only this).
     *
     * @return whether a sidecar was there and matched
     * @throws ScriptException when it does not match
     */
    boolean await() throws IOException, InterruptedException {
        if (!open) {
            open = true;
            try {
                reader.fill(() -> !hash.isDone());
                verified = hash.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("verifying the checksum failed unexpectedly", e.getCause());
            }
        }
        return verified;
    }

    /** {@link #await()}, rolling back what ran on {@code main} before it when the checksum does not match. */
    private void await(Connection main) throws SQLException {
        try {
            await();
        } catch (IOException e) {
            main.rollback();
            throw new UncheckedIOException("reading " + file + " for its checksum", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            main.rollback();
            throw new IllegalStateException("interrupted while verifying the checksum", e);
        } catch (RuntimeException e) {
            main.rollback();
            throw e;
        }
    }

    /** True for a statement that may run inside the gate's transaction before the checksum is known. */
    static boolean mayRunBefore(Classified c) {
        if (c.kind() != Kind.OTHER && c.kind() != Kind.SETTING) {
            return false;
        }
        Statement st = c.statement();
        if (st.tokens().isEmpty() || !DEFINITIONS.contains(upper(st.token(0).text()))) {
            return false;
        }
        for (int i = 1; i < st.tokens().size(); i++) {
            if (OUTSIDE.contains(upper(st.token(i).text()))) {
                return false;
            }
        }
        return true;
    }

    private static String upper(String word) {
        return word.toUpperCase(Locale.ROOT);
    }
}
