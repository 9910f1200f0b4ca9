package io.pgjdump.cli;

import io.pgjdump.restore.Restore;
import io.pgjdump.restore.RestoreException;
import io.pgjdump.restore.RestoreOptions;
import io.pgjdump.restore.RestoreResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/** {@code pgjdump restore}: replays a plain SQL script (pgjdump's or pg_dump -Fp's) without psql. */
@Command(name = "restore", sortOptions = false,
        description = {"Replay a SQL script written by pgjdump dump or pg_dump -Fp into a database, without psql.",
                "The script may be plain or zstd-compressed (recognised by its content, not its name)."},
        footer = {"", "Environment: PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGPASSFILE PGSSLMODE.",
                "Exit codes: 0 done, 1 failed (the first failure is printed with its line and SQLSTATE),",
                "2 bad command line, 3 done with failures tolerated by --continue-on-error."})
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-?", "--help"}, usageHelp = true, description = "show this help, then exit")
    boolean help;

    @Parameters(index = "0", paramLabel = "FILE", description = "the script; - reads standard input")
    String input;

    @Option(names = {"-j", "--jobs"}, paramLabel = "NUM", defaultValue = "1",
            description = "connections loading data and building indexes in parallel (default: 1)")
    int jobs;

    @Option(names = {"-1", "--single-transaction"}, description = "restore as a single transaction: all or nothing")
    boolean singleTransaction;

    @Option(names = {"-c", "--clean"}, description = "drop what the script creates before creating it (needs a file)")
    boolean clean;

    @Option(names = "--if-exists", description = "with --clean: DROP ... IF EXISTS, so missing objects are no error")
    boolean ifExists;

    @Option(names = "--continue-on-error",
            description = "report a failed statement and go on (exit code 3), instead of stopping at the first")
    boolean continueOnError;

    @Option(names = "--no-verify", description = "do not check FILE.sha256 before restoring")
    boolean noVerify;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "print stack traces with errors")
    boolean verbose;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RestoreOptions options;
        ConnectionSpec target;
        try {
            options = options(err);
            target = connection.resolve(null, w -> err.println("pgjdump: warning: " + w));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        DataSource ds = target.dataSource();
        try (Connection probe = ds.getConnection()) {
            probe.isValid(5);
        } catch (SQLException e) {
            err.println("pgjdump: error: " + Failures.connection(e, target));
            printTrace(err, e);
            return ExitCode.FAILED;
        }
        try {
            RestoreResult r = Restore.run(ds, options);
            if (r.failed()) {
                err.printf("pgjdump: restored %s with %d failed statement(s); the first: %s%n", options.inputName(),
                        r.failures().size(), r.failures().get(0).describe());
                return ExitCode.PARTIAL;
            }
            if (!quiet) {
                err.printf("pgjdump: restored %s: %d statements, %d COPY blocks, %d rows in %.1f s%n",
                        options.inputName(), r.statements(), r.copyBlocks(), r.rows(),
                        r.timings().total().toMillis() / 1000.0);
            }
            return ExitCode.OK;
        } catch (RestoreException e) {
            err.println("pgjdump: error: " + Failures.general(e));
            printTrace(err, e);
            return ExitCode.FAILED;
        } catch (NoSuchFileException e) {
            err.println("pgjdump: error: could not open input file \"" + e.getFile() + "\": No such file or directory");
            printTrace(err, e);
            return ExitCode.FAILED;
        } catch (IOException e) {
            err.println("pgjdump: error: reading " + options.inputName() + ": " + Failures.general(e));
            printTrace(err, e);
            return ExitCode.FAILED;
        }
    }

    /** The library checks contradictions (jobs with a single transaction, clean from stdin...). */
    private RestoreOptions options(PrintWriter err) {
        if (ifExists && !clean) {
            throw new IllegalArgumentException("option --if-exists requires option -c/--clean");
        }
        return RestoreOptions.input(input, System.in)
                .withJobs(jobs)
                .withSingleTransaction(singleTransaction)
                .withClean(clean, ifExists)
                .withContinueOnError(continueOnError)
                .withVerifyChecksum(!noVerify)
                .withQuiet(quiet)
                .withListener(new RestoreProgress(err, continueOnError));
    }

    private void printTrace(PrintWriter err, Throwable e) {
        if (verbose) {
            e.printStackTrace(err);
        }
    }
}
