package io.pgjdump.dump;

import io.pgjdump.catalog.Catalog;
import io.pgjdump.catalog.DdlPlan;
import io.pgjdump.catalog.NotDumped;
import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.catalog.sequence.SequenceReader;
import io.pgjdump.catalog.sequence.SequenceRenderer;
import io.pgjdump.catalog.table.Column;
import io.pgjdump.catalog.table.Table;
import io.pgjdump.dump.data.DataPump;
import io.pgjdump.dump.data.DataTask;
import io.pgjdump.dump.data.TaskPlanner;
import io.pgjdump.dump.output.AtomicFile;
import io.pgjdump.dump.output.Framer;
import io.pgjdump.dump.output.ScriptSink;
import io.pgjdump.dump.profile.Profile;
import io.pgjdump.dump.profile.ProfilePlan;
import io.pgjdump.dump.script.ScriptText;
import io.pgjdump.dump.snapshot.SnapshotLeader;
import io.pgjdump.dump.snapshot.WorkerPool;
import io.pgjdump.restore.verify.CheckLine;
import io.pgjdump.restore.verify.RowDigest;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry point of a dump: {@code Dump.run(dataSource, options)} writes one SQL script (plain or
 * zstd) that psql or pgjdump restore replays, with FILE.sha256 and FILE.manifest.json beside it.
 * Nothing exists under the target name until the script is complete.
 */
public final class Dump {

    public static final String TOOL = "pgjdump";
    public static final String VERSION = Dump.class.getPackage().getImplementationVersion() != null
            ? Dump.class.getPackage().getImplementationVersion() : "0.1.0-SNAPSHOT";

    private final DataSource dataSource;
    private final DumpOptions options;
    private final TaskPlanner planner;
    private final DataPump.Settings pumpSettings;
    private final List<String> warnings = new ArrayList<>();

    private Dump(DataSource dataSource, DumpOptions options, TaskPlanner planner, DataPump.Settings pumpSettings) {
        this.dataSource = dataSource;
        this.options = options;
        this.planner = planner;
        this.pumpSettings = pumpSettings;
    }

    public static DumpResult run(DataSource dataSource, DumpOptions options) throws DumpException {
        return new Dump(dataSource, options, TaskPlanner.defaults(), DataPump.Settings.defaults(options.jobs()))
                .execute(false).result();
    }

    /** With other split and buffer sizes, so tests can split small tables and stall workers on purpose. */
    static DumpResult run(DataSource dataSource, DumpOptions options, TaskPlanner planner, DataPump.Settings pump)
            throws DumpException {
        return new Dump(dataSource, options, planner, pump).execute(false).result();
    }

    /**
     * Reads the catalog and decides everything a dump would, inside the same kind of snapshot, but
     * writes nothing: what is dumped (schema and data, schema only, data only) and what is left out
     * and why.
     */
    public static DryRun dryRun(DataSource dataSource, DumpOptions options) throws DumpException {
        return new Dump(dataSource, options, TaskPlanner.defaults(), DataPump.Settings.defaults(options.jobs()))
                .execute(true).dryRun();
    }

    private record Outcome(DumpResult result, DryRun dryRun) {
    }

    private Outcome execute(boolean dryRun) throws DumpException {
        Instant started = Instant.now();
        Connection leaderConn;
        try {
            leaderConn = dataSource.getConnection();
        } catch (SQLException e) {
            throw DumpException.of("connection failed", e);
        }
        try (SnapshotLeader leader = SnapshotLeader.begin(leaderConn)) {
            String database = currentDatabase(leaderConn);
            Profile profile = options.profile();
            Preflight preflight = new Preflight(leaderConn);
            Catalog catalog;
            Profile.Scope scope = null;
            try {
                scope = profile == null ? null : profile.scope(leaderConn, options.selection());
                catalog = Catalog.read(leaderConn, scope == null ? options.selection() : scope.selection(),
                        tables -> leader.lock(preflight.readable(tables), options.lockWaitTimeout()));
            } catch (SQLException e) {
                throw DumpException.of("reading the catalog", e);
            }
            for (NotDumped n : catalog.notDumped()) {
                warn("not dumped: " + n.describe());
            }
            if (options.strict() && !catalog.notDumped().isEmpty()) {
                throw new DumpException(catalog.notDumped().size()
                        + " object(s) cannot be dumped and --strict is set; first: " + catalog.notDumped().get(0).describe());
            }
            DdlPlan plan = catalog.plan(options.render());
            plan.warnings().forEach(this::warn);
            ProfilePlan profilePlan = profile == null ? null : profile.plan(catalog, scope, options.render());
            List<ScriptPart> parts = profile == null ? Layout.plain(catalog, plan, options)
                    : Layout.profile(profile.name(), plan, profilePlan, options);
            List<Table> needed = new ArrayList<>(catalog.tables());
            needed.addAll(parts.stream().flatMap(p -> p.tables().stream()).toList());
            try {
                preflight.check(currentUser(leaderConn), needed,
                        parts.stream().flatMap(p -> p.sequences().stream()).toList());
            } catch (DumpException e) {
                if (!dryRun) {
                    throw e;
                }
                warn(e.getMessage()); // a dry run reports what a dump would fail on
            }
            if (dryRun) {
                return new Outcome(null, DryRun.of(database, catalog, profile, profilePlan, warnings));
            }
            List<List<DataTask>> tasks = new ArrayList<>();
            for (ScriptPart part : parts) {
                tasks.add(plan(leader, catalog, part.tables()));
            }
            options.listener().planned(tasks.stream().mapToInt(List::size).sum(), parts.stream()
                    .flatMap(p -> p.tables().stream()).mapToLong(Table::estimatedBytes).sum());
            String scopeText = profile == null ? scope() : "profile " + profile.name() + ", " + scope();
            if (options.output() == null) {
                DumpResult result = writeScript(Channels.newChannel(System.out), null, leader, catalog, parts, tasks,
                        database, started, scopeText);
                System.out.flush();
                return new Outcome(result, null);
            }
            try (AtomicFile file = AtomicFile.create(options.output())) {
                DumpResult result = writeScript(file.channel(), file, leader, catalog, parts, tasks, database, started,
                        scopeText);
                Sidecars.write(options, result);
                return new Outcome(result, null);
            }
        } catch (IOException e) {
            throw new DumpException("writing " + options.output() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw DumpException.of("ending the dump transaction", e);
        }
    }

    private DumpResult writeScript(WritableByteChannel out, AtomicFile file, SnapshotLeader leader, Catalog catalog,
                                   List<ScriptPart> parts, List<List<DataTask>> tasks, String database,
                                   Instant started, String scopeText)
            throws DumpException, IOException {
        Framer framer = new Framer(options.compression());
        Map<String, TableStats> stats = new LinkedHashMap<>();
        Map<String, RowDigest> digests = new HashMap<>();
        ScriptSink sink = new ScriptSink(out, framer);
        sink.writeText(ScriptText.header(TOOL + " " + VERSION, database, catalog.version().toString(), started,
                scopeText));
        try (WorkerPool workers = WorkerPool.open(dataSource, leader, options.jobs())) {
            DataPump pump = new DataPump(pumpSettings, options.rows(), framer, workers::connection,
                    (task, copied, fileBytes, nanos) -> {
                        String key = task.table().schema() + "." + task.table().name();
                        RowDigest digest = digests.computeIfAbsent(key, k -> new RowDigest());
                        digest.add(copied.digest());
                        TableStats s = stats.getOrDefault(key, TableStats.empty(task.table().schema(), task.table().name()))
                                .plus(copied.rows(), copied.rowBytes(), fileBytes, nanos / 1e9, digest.hex());
                        stats.put(key, s);
                        if (task.part() == task.parts() - 1) {
                            if (!options.rows().inserts()) {
                                // the table's digest in the script itself, for restore --check
                                sink.writeText(new CheckLine(task.table().schema(), task.table().name(),
                                        task.table().copyColumns().stream().map(Column::name).toList(), s.rows(),
                                        digest.hex()).format() + "\n\n");
                            }
                            options.listener().tableDone(s);
                        } else {
                            options.listener().tablePartDone(s);
                        }
                    });
            for (int i = 0; i < parts.size(); i++) {
                ScriptPart part = parts.get(i);
                sink.writeText(part.before());
                pump.run(tasks.get(i), sink);
                sink.writeText(part.afterRows());
                sink.writeText(sequenceValues(leader, part.sequences()));
                sink.writeText(part.after());
            }
        }
        sink.writeText("\n" + ScriptText.COMPLETE);
        if (file != null) {
            file.commit();
        }
        return new DumpResult(options.output(), catalog.version().toString(), database, started, Instant.now(),
                sink.bytes(), sink.plainBytes(), sink.sha256Hex(), new ArrayList<>(stats.values()),
                catalog.notDumped(), warnings);
    }

    private List<DataTask> plan(SnapshotLeader leader, Catalog catalog, List<Table> tables) throws DumpException {
        if (tables.isEmpty()) {
            return List.of();
        }
        try {
            return planner.plan(leader.connection(), catalog.version(), tables);
        } catch (SQLException e) {
            throw DumpException.of("reading table sizes", e);
        }
    }

    private String sequenceValues(SnapshotLeader leader, List<Sequence> sequences) throws DumpException {
        StringBuilder sql = new StringBuilder();
        for (Sequence s : sequences) {
            try {
                SequenceReader.Value v = SequenceReader.readValue(leader.connection(), s);
                sql.append(ScriptText.sequenceSetComment(s)).append(SequenceRenderer.setval(s, v)).append('\n');
            } catch (SQLException e) {
                throw DumpException.of("reading sequence " + s.schema() + "." + s.name(), e);
            }
        }
        return sql.toString();
    }

    private String scope() {
        if (options.schemaOnly()) {
            return "schema only";
        }
        return options.dataOnly() ? "data only" : "schema and data";
    }

    private void warn(String message) {
        warnings.add(message);
        options.listener().warning(message);
    }

    private static String currentUser(Connection conn) throws DumpException {
        try (var st = conn.createStatement(); var rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw DumpException.of("reading the user name", e);
        }
    }

    private static String currentDatabase(Connection conn) throws DumpException {
        try (var st = conn.createStatement(); var rs = st.executeQuery("SELECT pg_catalog.current_database()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw DumpException.of("reading the database name", e);
        }
    }
}
