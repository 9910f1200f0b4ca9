package io.pgjdump.catalog;

import io.pgjdump.catalog.constraint.Constraint;
import io.pgjdump.catalog.constraint.ConstraintReader;
import io.pgjdump.catalog.constraint.ConstraintRenderer;
import io.pgjdump.catalog.depend.Dependency;
import io.pgjdump.catalog.depend.DependencyReader;
import io.pgjdump.catalog.depend.DependencySorter;
import io.pgjdump.catalog.index.Index;
import io.pgjdump.catalog.index.IndexReader;
import io.pgjdump.catalog.index.IndexRenderer;
import io.pgjdump.catalog.schema.Schema;
import io.pgjdump.catalog.schema.SchemaReader;
import io.pgjdump.catalog.schema.SchemaRenderer;
import io.pgjdump.catalog.sequence.Sequence;
import io.pgjdump.catalog.sequence.SequenceReader;
import io.pgjdump.catalog.sequence.SequenceRenderer;
import io.pgjdump.catalog.table.Table;
import io.pgjdump.catalog.table.TableLoops;
import io.pgjdump.catalog.table.TableReader;
import io.pgjdump.catalog.table.TableRenderer;
import io.pgjdump.catalog.defaultacl.DefaultAcl;
import io.pgjdump.catalog.defaultacl.DefaultAclReader;
import io.pgjdump.catalog.defaultacl.DefaultAclRenderer;
import io.pgjdump.catalog.eventtrigger.EventTrigger;
import io.pgjdump.catalog.eventtrigger.EventTriggerReader;
import io.pgjdump.catalog.eventtrigger.EventTriggerRenderer;
import io.pgjdump.catalog.foreign.ForeignReader;
import io.pgjdump.catalog.cast.Cast;
import io.pgjdump.catalog.cast.CastReader;
import io.pgjdump.catalog.cast.CastRenderer;
import io.pgjdump.catalog.textsearch.TextSearchReader;
import io.pgjdump.catalog.textsearch.TextSearchRenderer;
import io.pgjdump.catalog.foreign.ForeignRenderer;
import io.pgjdump.catalog.policy.Policy;
import io.pgjdump.catalog.policy.PolicyReader;
import io.pgjdump.catalog.policy.PolicyRenderer;
import io.pgjdump.catalog.publication.Publication;
import io.pgjdump.catalog.publication.PublicationReader;
import io.pgjdump.catalog.publication.PublicationRenderer;
import io.pgjdump.catalog.statistics.StatisticsObject;
import io.pgjdump.catalog.statistics.StatisticsReader;
import io.pgjdump.catalog.statistics.StatisticsRenderer;
import io.pgjdump.catalog.trigger.Trigger;
import io.pgjdump.catalog.trigger.TriggerReader;
import io.pgjdump.catalog.trigger.TriggerRenderer;
import io.pgjdump.catalog.unsupported.UnsupportedReader;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a dump needs to know about one database, read in one transaction. The caller owns
 * the transaction (and so the snapshot): this class only runs SELECTs on the given connection.
 */
public record Catalog(ServerVersion version, List<Schema> schemas, List<Table> tables, List<Sequence> sequences,
                      List<Index> indexes, List<Constraint> constraints, List<Dependency> dependencies,
                      List<Trigger> triggers, List<Policy> policies, List<StatisticsObject> statistics,
                      List<EventTrigger> eventTriggers, List<Publication> publications, List<DefaultAcl> defaultAcls,
                      ForeignReader.Result foreign, List<Cast> casts, TextSearchReader.Result textSearch,
                      List<NotDumped> notDumped, SchemaObjects objects, DataOnly dataOnly) {

    /** Called with the selected tables before anything else is read about them. */
    @FunctionalInterface
    public interface TableLocker {
        void lock(List<Table> tables) throws SQLException;
    }

    public static Catalog read(Connection conn, Selection selection) throws SQLException {
        return read(conn, selection, tables -> { });
    }

    /**
     * Reads the catalog. The deparsers (pg_get_indexdef and friends) read the live catalog rather
     * than the snapshot, so the caller locks the tables as soon as they are known, as pg_dump does.
     */
    public static Catalog read(Connection conn, Selection selection, TableLocker locker) throws SQLException {
        ServerVersion version = ServerVersion.of(conn);
        if (!version.atLeast(ServerVersion.MIN_SUPPORTED)) {
            throw new CatalogException("server version " + version + " is not supported (13 or later is needed)");
        }
        ReadContext ctx = new ReadContext(conn, version, selection, takeSearchPath(conn));
        List<Schema> schemas = SchemaReader.read(ctx);
        List<Table> tables = TableReader.read(ctx);
        List<Table> dataOnlyTables = TableReader.readDataOnly(ctx);
        locker.lock(dataOnlyTables.isEmpty() ? tables : concat(dataOnlyTables, tables));
        Set<Long> tableOids = tables.stream().map(Table::oid).collect(Collectors.toCollection(HashSet::new));
        Set<Long> dataOnlyOids = dataOnlyTables.stream().map(Table::oid).collect(Collectors.toSet());
        ForeignReader.Result foreign = ForeignReader.read(ctx);
        // triggers, rules and statistics objects hang on foreign tables too; the readers of what only
        // plain tables can have (constraints, indexes, policies, publication members) skip them anyway
        foreign.tables().forEach(f -> tableOids.add(f.oid()));
        List<Constraint> allConstraints = ConstraintReader.read(ctx, union(tableOids, dataOnlyOids));
        List<Constraint> constraints = allConstraints.stream().filter(c -> tableOids.contains(c.tableOid())).toList();
        tables = attachInlineChecks(tables, constraints);
        List<Sequence> sequences = SequenceReader.read(ctx);
        SchemaObjects objects = SchemaObjects.read(ctx);
        List<Index> indexes = IndexReader.read(ctx, objects.withMaterializedViews(tableOids));
        objects = objects.withRules(ctx, tableOids);
        List<Trigger> triggers = TriggerReader.read(ctx, union(objects.withViews(tableOids), dataOnlyOids));
        List<Policy> policies = PolicyReader.read(ctx, union(tableOids, dataOnlyOids));
        DataOnly dataOnly = dataOnlyTables.isEmpty() ? DataOnly.NONE : new DataOnly(dataOnlyTables,
                SequenceReader.readDataOnly(ctx), allConstraints.stream()
                        .filter(c -> c.type() == 'f' && dataOnlyOids.contains(c.tableOid())).toList(),
                triggers.stream().filter(t -> dataOnlyOids.contains(t.tableOid())).toList(),
                policies.stream().filter(p -> dataOnlyOids.contains(p.tableOid())).toList());
        triggers = triggers.stream().filter(t -> !dataOnlyOids.contains(t.tableOid())).toList();
        policies = policies.stream().filter(p -> !dataOnlyOids.contains(p.tableOid())).toList();
        List<StatisticsObject> statistics = StatisticsReader.read(ctx, tableOids);
        List<EventTrigger> eventTriggers = EventTriggerReader.read(ctx);
        List<Publication> publications = PublicationReader.read(ctx, tableOids);
        List<DefaultAcl> defaultAcls = DefaultAclReader.read(ctx);
        List<Cast> casts = CastReader.read(ctx);
        TextSearchReader.Result textSearch = TextSearchReader.read(ctx);
        List<NotDumped> notDumped = UnsupportedReader.read(ctx);
        List<Dependency> dependencies = DependencyReader.read(ctx);
        return new Catalog(version, schemas, tables, sequences, indexes, constraints, dependencies, triggers, policies,
                statistics, eventTriggers, publications, defaultAcls, foreign, casts, textSearch, notDumped, objects,
                dataOnly);
    }

    /**
     * Returns the search path in force and then empties it for the rest of the transaction, so
     * that the server's deparsers (pg_get_expr, pg_get_indexdef, ...) qualify every name.
     */
    private static List<String> takeSearchPath(Connection conn) throws SQLException {
        List<String> path = CatalogQuery.list(conn, "search path",
                "SELECT pg_catalog.unnest(pg_catalog.current_schemas(false))", rs -> rs.getString(1));
        CatalogQuery.list(conn, "search path", "SELECT pg_catalog.set_config('search_path', '', true)", rs -> null);
        return path;
    }

    /** Renders and orders the DDL. Warnings (e.g. an unbroken dependency cycle) are returned in the plan. */
    public DdlPlan plan(RenderOptions opts) {
        List<DdlItem> all = new ArrayList<>();
        for (Schema s : schemas) {
            all.add(SchemaRenderer.render(s, opts));
        }
        for (Sequence s : sequences) {
            all.addAll(SequenceRenderer.render(s, opts));
        }
        for (Table t : tables) {
            all.addAll(TableRenderer.render(t, opts));
        }
        for (Constraint c : constraints) {
            ConstraintRenderer.render(c, opts).ifPresent(all::add);
        }
        for (Index i : indexes) {
            all.addAll(IndexRenderer.render(i, opts));
        }
        triggers.forEach(t -> all.add(TriggerRenderer.render(t, opts)));
        policies.forEach(p -> all.add(PolicyRenderer.render(p, opts)));
        statistics.forEach(s -> all.add(StatisticsRenderer.render(s, opts)));
        eventTriggers.forEach(e -> all.add(EventTriggerRenderer.render(e, opts)));
        publications.forEach(p -> all.addAll(PublicationRenderer.render(p, opts)));
        defaultAcls.forEach(d -> DefaultAclRenderer.render(d, opts).ifPresent(all::add));
        foreign.wrappers().forEach(w -> all.add(ForeignRenderer.render(w, opts)));
        foreign.servers().forEach(s -> all.addAll(ForeignRenderer.render(s, opts)));
        foreign.tables().forEach(t -> all.add(ForeignRenderer.render(t, opts)));
        casts.forEach(c -> all.add(CastRenderer.render(c, opts)));
        textSearch.dictionaries().forEach(d -> all.add(TextSearchRenderer.render(d, opts)));
        textSearch.configurations().forEach(c -> all.add(TextSearchRenderer.render(c, opts)));
        List<Dependency> dependencies = objects.adjust(this.dependencies);
        all.addAll(objects.render(all, dependencies, opts));
        List<DdlItem> planned = TableLoops.breakLoops(all, tables, dependencies, opts);
        List<String> warnings = new ArrayList<>();
        List<DdlItem> pre = DependencySorter.sort(
                planned.stream().filter(i -> i.section() == Section.PRE_DATA).toList(), dependencies, warnings::add);
        List<DdlItem> post = DependencySorter.sort(
                planned.stream().filter(i -> i.section() == Section.POST_DATA).toList(), dependencies, warnings::add);
        return new DdlPlan(pre, post, warnings);
    }

    /** Tables whose rows the dump carries: the data-only ones first, as their rows load first. */
    public List<Table> dataTables() {
        return concat(dataOnly.tables(), tables).stream().filter(Table::dumpData).toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Table> attachInlineChecks(List<Table> tables, List<Constraint> constraints) {
        Map<Long, List<Constraint>> checks = constraints.stream().filter(Constraint::isInlineCheck)
                .collect(Collectors.groupingBy(Constraint::tableOid));
        return tables.stream().map(t -> t.withChecks(checks.getOrDefault(t.oid(), List.of()))).toList();
    }
}
