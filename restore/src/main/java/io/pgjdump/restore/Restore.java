package io.pgjdump.restore;

import io.pgjdump.restore.exec.RestoreRun;

import javax.sql.DataSource;
import java.io.IOException;

/**
 * Replays a plain SQL script, as pg_dump -Fp or pgjdump writes it (plain or zstd-compressed),
 * into a database, without psql: statements in file order, COPY blocks and index builds across
 * {@link RestoreOptions#jobs()} connections.
 *
 * <pre>{@code
 * RestoreResult r = Restore.run(dataSource, RestoreOptions.file(Path.of("db.sql.zst")).withJobs(4));
 * }</pre>
 *
 * psql meta-commands: &#92;restrict and &#92;unrestrict are checked to pair up and otherwise
 * ignored; &#92;connect to the target database itself is ignored, to any other database or
 * user it is an error (we write only into the database we are given); any other is an error.
 * Unlike psql, a statement left without its semicolon at the end of the file is an error: it
 * means the file was cut.
 */
public final class Restore {

    private Restore() {
    }

    /**
     * @throws RestoreException at the first failure (unless continueOnError), for an input that is
     *                          not a replayable script ({@link io.pgjdump.restore.script.ScriptException}),
     *                          or when the target cannot be reached
     * @throws IOException      when the input cannot be read
     */
    public static RestoreResult run(DataSource target, RestoreOptions options) throws IOException {
        return new RestoreRun(target, options).execute();
    }

    /**
     * Runs only the check of {@link RestoreOptions#check()}: reads the script's
     * {@code -- pgjdump:check} comments (executing nothing) and compares each table in
     * {@code target} with them. Of the options only the input and the listener matter.
     *
     * @throws RestoreException for an input that is not a replayable script, or when the target cannot be reached
     * @throws IOException      when the input cannot be read
     */
    public static CheckResult check(DataSource target, RestoreOptions options) throws IOException {
        return new RestoreRun(target, options).checkOnly();
    }
}
