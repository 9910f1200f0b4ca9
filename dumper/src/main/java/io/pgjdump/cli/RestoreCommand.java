package io.pgjdump.cli;

import io.pgjdump.restore.CheckResult;
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
import java.util.concurrent.Callable;

/** {@code pgjdump restore}: replays a plain SQL script (pgjdump's or pg_dump -Fp's) without psql. */
@Command(name = "restore", sortOptions = false,
        description = {"Replay a SQL script written by pgjdump dump or pg_dump -Fp into a database, without psql.",
                "The script may be plain or zstd-compressed (recognised by its content, not its name)."},
        footer = {"", "Environment: PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGPASSFILE PGSSLMODE.",
                "Exit codes: 0 done, 1 failed (the first failure is printed with its line and SQLSTATE, or --check",
                "found a difference),",
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

    @Option(names = "--check", description = {"after restoring, re-read every table and compare it with the row digest "
            + "the dump wrote into the script; any difference, or a script without digests, fails (exit code 1)"})
    boolean check;

    @Option(names = "--check-only", description = "restore nothing: only compare the database's tables with the "
            + "script's row digests, as --check does")
    boolean checkOnly;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "print where the time went, and stack traces with errors")
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
        if (!ConnectionCheck.succeeds(ds, target, err, verbose)) {
            return ExitCode.FAILED;
        }
        try {
            if (checkOnly) {
                return report(err, Restore.check(ds, options), options) ? ExitCode.OK : ExitCode.FAILED;
            }
            RestoreResult r = Restore.run(ds, options);
            boolean checked = r.check() == null || report(err, r.check(), options);
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
            if (verbose) {
                RestoreResult.Timings t = r.timings();
                err.printf("pgjdump: time: checksum %.2f s, clean %.2f s, statements in order %.2f s, COPY runs %.2f s, "
                                + "parallel indexes and keys %.2f s%n", secs(t.verify()), secs(t.clean()),
                        secs(t.sequential()), secs(t.data()), secs(t.parallelDdl()));
            }
            return checked ? ExitCode.OK : ExitCode.FAILED;
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

    private static double secs(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }

    /** Prints what the check found, one line per differing table; true when it passed. */
    private boolean report(PrintWriter err, CheckResult check, RestoreOptions options) {
        if (check.noDigests()) {
            err.println("pgjdump: error: --check: " + options.inputName() + " carries no row digests (it was not "
                    + "written by pgjdump dump, or was written with INSERT statements): nothing to check");
            return false;
        }
        for (CheckResult.Mismatch m : check.mismatches()) {
            err.println("pgjdump: check failed: " + m.describe());
        }
        if (check.failed()) {
            err.printf("pgjdump: error: --check: %d of %d table(s) differ from the dump%n", check.mismatches().size(),
                    check.tables());
            return false;
        }
        if (!quiet) {
            err.printf("pgjdump: check passed: all %d table(s) match the dump%n", check.tables());
        }
        return true;
    }

    /** The library checks contradictions (jobs with a single transaction, clean from stdin...). */
    private RestoreOptions options(PrintWriter err) {
        if (ifExists && !clean) {
            throw new IllegalArgumentException("option --if-exists requires option -c/--clean");
        }
        if (check && checkOnly) {
            throw new IllegalArgumentException("options --check and --check-only cannot be used together");
        }
        return RestoreOptions.input(input, System.in)
                .withCheck(check)
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
