package io.pgjdump.dump;

import io.pgjdump.catalog.Catalog;
import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.DdlPlan;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.NotDumped;
import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.catalog.sequence.SequenceReader;
import io.pgjdump.catalog.sequence.SequenceRenderer;
import io.pgjdump.catalog.table.Table;
import io.pgjdump.dump.data.DataPump;
import io.pgjdump.dump.data.DataTask;
import io.pgjdump.dump.data.TaskPlanner;
import io.pgjdump.dump.output.AtomicFile;
import io.pgjdump.dump.output.Framer;
import io.pgjdump.dump.output.ScriptSink;
import io.pgjdump.dump.script.ScriptText;
import io.pgjdump.dump.snapshot.SnapshotLeader;
import io.pgjdump.dump.snapshot.WorkerPool;
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
        return new Dump(dataSource, options, TaskPlanner.defaults(), DataPump.Settings.defaults(options.jobs())).run();
    }

    /** With other split and buffer sizes, so tests can split small tables and stall workers on purpose. */
    static DumpResult run(DataSource dataSource, DumpOptions options, TaskPlanner planner, DataPump.Settings pump)
            throws DumpException {
        return new Dump(dataSource, options, planner, pump).run();
    }

    private DumpResult run() throws DumpException {
        Instant started = Instant.now();
        Connection leaderConn;
        try {
            leaderConn = dataSource.getConnection();
        } catch (SQLException e) {
            throw DumpException.of("connection failed", e);
        }
        try (SnapshotLeader leader = SnapshotLeader.begin(leaderConn)) {
            String database = currentDatabase(leaderConn);
            Catalog catalog;
            try {
                catalog = Catalog.read(leaderConn, options.selection(),
                        tables -> leader.lock(tables, options.lockWaitTimeout()));
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
            List<DataTask> tasks = options.schemaOnly() ? List.of() : plan(leader, catalog);
            options.listener().planned(tasks.size(),
                    catalog.dataTables().stream().mapToLong(Table::estimatedBytes).sum());
            if (options.output() == null) {
                DumpResult result = writeScript(Channels.newChannel(System.out), null, leader, catalog, plan, tasks,
                        database, started);
                System.out.flush();
                return result;
            }
            try (AtomicFile file = AtomicFile.create(options.output())) {
                DumpResult result = writeScript(file.channel(), file, leader, catalog, plan, tasks, database, started);
                Sidecars.write(options, result);
                return result;
            }
        } catch (IOException e) {
            throw new DumpException("writing " + options.output() + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw DumpException.of("ending the dump transaction", e);
        }
    }

    private DumpResult writeScript(WritableByteChannel out, AtomicFile file, SnapshotLeader leader, Catalog catalog,
                                   DdlPlan plan, List<DataTask> tasks, String database, Instant started)
            throws DumpException, IOException {
        Framer framer = new Framer(options.compression());
        Map<String, TableStats> stats = new LinkedHashMap<>();
        Map<String, RowDigest> digests = new HashMap<>();
        ScriptSink sink = new ScriptSink(out, framer);
        sink.writeText(ScriptText.header(TOOL + " " + VERSION, database, catalog.version().toString(), started,
                scope()));
        if (!options.dataOnly()) {
            sink.writeText(items(plan.preData()));
        }
        try (WorkerPool workers = WorkerPool.open(dataSource, leader, options.jobs())) {
            DataPump pump = new DataPump(pumpSettings, framer, workers::connection,
                    (task, copied, fileBytes, nanos) -> {
                        String key = task.table().schema() + "." + task.table().name();
                        RowDigest digest = digests.computeIfAbsent(key, k -> new RowDigest());
                        digest.add(copied.digest());
                        TableStats s = stats.getOrDefault(key, TableStats.empty(task.table().schema(), task.table().name()))
                                .plus(copied.rows(), copied.rowBytes(), fileBytes, nanos / 1e9, digest.hex());
                        stats.put(key, s);
                        if (task.part() == task.parts() - 1) {
                            options.listener().tableDone(s);
                        } else {
                            options.listener().tablePartDone(s);
                        }
                    });
            pump.run(tasks, sink);
        }
        if (!options.schemaOnly()) {
            sink.writeText(sequenceValues(leader, catalog));
        }
        // REFRESH MATERIALIZED VIEW fills a view with rows, so it counts as data, as with pg_dump:
        // left out of --schema-only, the only post-data item of --data-only
        sink.writeText(items(plan.postData().stream()
                .filter(i -> (i.kind() == ItemKind.MATERIALIZED_VIEW_DATA) ? !options.schemaOnly() : !options.dataOnly())
                .toList()));
        sink.writeText("\n" + ScriptText.COMPLETE);
        if (file != null) {
            file.commit();
        }
        return new DumpResult(options.output(), catalog.version().toString(), database, started, Instant.now(),
                sink.bytes(), sink.plainBytes(), sink.sha256Hex(), new ArrayList<>(stats.values()),
                catalog.notDumped(), warnings);
    }

    private List<DataTask> plan(SnapshotLeader leader, Catalog catalog) throws DumpException {
        try {
            return planner.plan(leader.connection(), catalog.version(), catalog.dataTables());
        } catch (SQLException e) {
            throw DumpException.of("reading table sizes", e);
        }
    }

    private String sequenceValues(SnapshotLeader leader, Catalog catalog) throws DumpException {
        StringBuilder sql = new StringBuilder();
        for (Sequence s : catalog.sequences()) {
            try {
                SequenceReader.Value v = SequenceReader.readValue(leader.connection(), s);
                sql.append(ScriptText.sequenceSetComment(s)).append(SequenceRenderer.setval(s, v)).append('\n');
            } catch (SQLException e) {
                throw DumpException.of("reading sequence " + s.schema() + "." + s.name(), e);
            }
        }
        return sql.toString();
    }

    private static String items(List<DdlItem> items) {
        StringBuilder sb = new StringBuilder();
        for (DdlItem item : items) {
            sb.append(ScriptText.item(item));
        }
        return sb.toString();
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

    private static String currentDatabase(Connection conn) throws DumpException {
        try (var st = conn.createStatement(); var rs = st.executeQuery("SELECT pg_catalog.current_database()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw DumpException.of("reading the database name", e);
        }
    }
}
