package io.pgjdump.cli;

import io.pgjdump.catalog.NamePattern;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.Selection;
import io.pgjdump.dump.Dump;
import io.pgjdump.dump.DumpException;
import io.pgjdump.dump.DumpOptions;
import io.pgjdump.dump.DumpResult;
import io.pgjdump.dump.data.RowFormat;
import io.pgjdump.dump.output.Compression;
import io.pgjdump.dump.profile.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pgjdump dump}: pg_dump's plain format, with parallel data, zstd and a checksum. */
@Command(name = "dump", sortOptions = false,
        description = "Write a database as one SQL script that psql -f or pgjdump restore replays.",
        footer = {"", "Environment: PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGPASSFILE PGSSLMODE.",
                "Exit codes: 0 done, 1 failed (nothing left under the file name), 2 bad command line."})
public final class DumpCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-?", "--help"}, usageHelp = true, description = "show this help, then exit")
    boolean help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DBNAME", description = "database to dump (as -d)")
    String positionalDbname;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "output file; without it the script goes to standard output")
    Path file;

    @Option(names = {"-F", "--format"}, paramLabel = "p", defaultValue = "p",
            description = "output format: p (plain SQL, the only format; compress with -Z)")
    String format;

    @Option(names = {"-Z", "--compress"}, paramLabel = "METHOD[:LEVEL]", defaultValue = "none",
            description = "none (default), zstd or zstd:LEVEL (1-19): independent zstd frames, readable by zstdcat")
    String compress;

    @Option(names = {"-j", "--jobs"}, paramLabel = "NUM", defaultValue = "1",
            description = "connections reading table data in parallel (default: 1)")
    int jobs;

    @Option(names = {"-n", "--schema"}, paramLabel = "PATTERN", description = "dump only the matching schema(s)")
    List<String> schemas = new ArrayList<>();

    @Option(names = {"-N", "--exclude-schema"}, paramLabel = "PATTERN", description = "do NOT dump the matching schema(s)")
    List<String> excludeSchemas = new ArrayList<>();

    @Option(names = {"-t", "--table"}, paramLabel = "PATTERN", description = "dump only the matching table(s)")
    List<String> tables = new ArrayList<>();

    @Option(names = {"-T", "--exclude-table"}, paramLabel = "PATTERN", description = "do NOT dump the matching table(s)")
    List<String> excludeTables = new ArrayList<>();

    @Option(names = "--exclude-table-data", paramLabel = "PATTERN", description = "do NOT dump rows of the matching table(s)")
    List<String> excludeTableData = new ArrayList<>();

    @Option(names = {"-s", "--schema-only"}, description = "dump only the definitions, no rows")
    boolean schemaOnly;

    @Option(names = {"-a", "--data-only"}, description = "dump only the rows and sequence values, no definitions")
    boolean dataOnly;

    @Option(names = {"-O", "--no-owner"}, description = "skip restoration of object ownership")
    boolean noOwner;

    @Option(names = {"-x", "--no-privileges", "--no-acl"}, description = "do not dump privileges (grant/revoke)")
    boolean noPrivileges;

    @Option(names = "--no-comments", description = "do not dump comments")
    boolean noComments;

    @Option(names = "--lock-wait-timeout", paramLabel = "MS", defaultValue = "0",
            description = "fail after waiting this many milliseconds for a table lock (default: wait)")
    long lockWaitTimeoutMs;

    @Option(names = "--strict", description = "fail when the selection holds objects pgjdump cannot dump")
    boolean strict;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "a backup policy for a kind of database: supabase (user schemas whole, auth and storage rows,"
                    + " customisations of platform tables; managed schemas and transient rows left out)")
    String profile;

    @Option(names = "--dry-run", description = "print what would be dumped and what is left out and why, write nothing")
    boolean dryRun;

    @Option(names = "--inserts", description = "write rows as INSERT statements (100 rows each) instead of COPY")
    boolean inserts;

    @Option(names = "--rows-per-insert", paramLabel = "NROWS",
            description = "rows in one INSERT statement (implies --inserts; default 100)")
    Integer rowsPerInsert;

    @Option(names = "--on-conflict-do-nothing",
            description = "INSERT statements with ON CONFLICT DO NOTHING, to merge rows into tables that hold some (implies --inserts)")
    boolean onConflictDoNothing;

    @Option(names = {"-q", "--quiet"}, description = "print nothing but errors")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "print stack traces with errors")
    boolean verbose;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        DumpOptions options;
        ConnectionSpec target;
        try {
            options = options(err);
            target = connection.resolve(positionalDbname, w -> err.println("pgjdump: warning: " + w));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        DataSource ds = target.dataSource();
        if (!ConnectionCheck.succeeds(ds, target, err, verbose)) {
            return ExitCode.FAILED;
        }
        try {
            if (dryRun) {
                spec.commandLine().getOut().print(Dump.dryRun(ds, withTarget(options, target)).render());
                spec.commandLine().getOut().flush();
                return ExitCode.OK;
            }
            DumpResult result = Dump.run(ds, withTarget(options, target));
            if (!quiet && file != null) {
                err.printf("pgjdump: wrote %s: %d tables, %d rows, %s in %.1f s (sha256 %s)%n", file,
                        result.tables().size(), result.rows(), Progress.bytes(result.fileBytes()),
                        Duration.between(result.started(), result.finished()).toMillis() / 1000.0,
                        result.sha256().substring(0, 12));
            }
            return ExitCode.OK;
        } catch (DumpException e) {
            err.println("pgjdump: error: " + Failures.general(e));
            printTrace(err, e);
            return ExitCode.FAILED;
        }
    }

    private DumpOptions options(PrintWriter err) {
        if (!format.equals("p") && !format.equals("plain")) {
            throw new IllegalArgumentException("invalid output format \"" + format + "\" specified (only p, plain SQL, is supported)");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("-j/--jobs must be at least 1");
        }
        if (schemaOnly && dataOnly) {
            throw new IllegalArgumentException("options -s/--schema-only and -a/--data-only cannot be used together");
        }
        Compression compression = Compression.parse(compress);
        Selection selection = new Selection(
                schemas.stream().map(NamePattern::forSchema).toList(),
                excludeSchemas.stream().map(NamePattern::forSchema).toList(),
                tables.stream().map(NamePattern::forRelation).toList(),
                excludeTables.stream().map(NamePattern::forRelation).toList(),
                excludeTableData.stream().map(NamePattern::forRelation).toList());
        return DumpOptions.builder()
                .output(file == null || file.toString().equals("-") ? null : file)
                .compression(compression)
                .jobs(jobs)
                .selection(selection)
                .render(new RenderOptions(noOwner, noPrivileges, noComments))
                .schemaOnly(schemaOnly)
                .dataOnly(dataOnly)
                .lockWaitTimeout(Duration.ofMillis(lockWaitTimeoutMs))
                .strict(strict)
                .profile(profile == null ? null : Profile.named(profile))
                .rows(rowFormat())
                .listener(quiet ? io.pgjdump.dump.DumpListener.SILENT : new Progress(err))
                .setting("compress", compression.toString())
                .setting("jobs", jobs)
                .setting("schema", schemas)
                .setting("excludeSchema", excludeSchemas)
                .setting("table", tables)
                .setting("excludeTable", excludeTables)
                .setting("excludeTableData", excludeTableData)
                .setting("schemaOnly", schemaOnly)
                .setting("dataOnly", dataOnly)
                .setting("noOwner", noOwner)
                .setting("noPrivileges", noPrivileges)
                .setting("profile", profile == null ? "none" : profile)
                .setting("inserts", rowFormat().inserts())
                .setting("onConflictDoNothing", onConflictDoNothing)
                .build();
    }

    /** COPY, or INSERT statements when any INSERT option is given (pg_dump refuses the others without --inserts). */
    private RowFormat rowFormat() {
        if (rowsPerInsert != null && rowsPerInsert < 1) {
            throw new IllegalArgumentException("--rows-per-insert must be at least 1");
        }
        if (!inserts && !onConflictDoNothing && rowsPerInsert == null) {
            return RowFormat.COPY;
        }
        return new RowFormat(true, onConflictDoNothing, rowsPerInsert == null ? 100 : rowsPerInsert);
    }

    /** Records where the dump came from (host, port, user, database: never the password). */
    private static DumpOptions withTarget(DumpOptions o, ConnectionSpec target) {
        java.util.Map<String, Object> settings = new java.util.LinkedHashMap<>(o.settingsForManifest());
        settings.put("host", target.host());
        settings.put("port", target.port());
        settings.put("user", target.user());
        settings.put("dbname", target.database());
        return o.withSettings(settings);
    }

    private void printTrace(PrintWriter err, Throwable e) {
        if (verbose) {
            e.printStackTrace(err);
        }
    }
}
