package io.pgjdump.catalog;

import io.pgjdump.catalog.aggregate.Aggregate;
import io.pgjdump.catalog.aggregate.AggregateReader;
import io.pgjdump.catalog.aggregate.AggregateRenderer;
import io.pgjdump.catalog.collation.Collation;
import io.pgjdump.catalog.collation.CollationReader;
import io.pgjdump.catalog.collation.CollationRenderer;
import io.pgjdump.catalog.depend.Dependency;
import io.pgjdump.catalog.extension.Extension;
import io.pgjdump.catalog.extension.ExtensionReader;
import io.pgjdump.catalog.extension.ExtensionRenderer;
import io.pgjdump.catalog.function.Function;
import io.pgjdump.catalog.function.FunctionReader;
import io.pgjdump.catalog.function.FunctionRenderer;
import io.pgjdump.catalog.rule.Rule;
import io.pgjdump.catalog.rule.RuleReader;
import io.pgjdump.catalog.rule.RuleRenderer;
import io.pgjdump.catalog.type.TypeReader;
import io.pgjdump.catalog.type.TypeRenderer;
import io.pgjdump.catalog.type.UserType;
import io.pgjdump.catalog.view.View;
import io.pgjdump.catalog.view.ViewLoops;
import io.pgjdump.catalog.view.ViewReader;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The objects of the selected schemas other than tables and their parts: extensions, collations,
 * types, functions, aggregates, views, materialized views and rules. Kept together so that
 * {@link Catalog} wires them with one call each for reading and rendering.
 */
public record SchemaObjects(List<Extension> extensions, List<Collation> collations, List<UserType> types,
                            List<Function> functions, List<Aggregate> aggregates, List<View> views,
                            List<Rule> rules) {

    public SchemaObjects {
        extensions = List.copyOf(extensions);
        collations = List.copyOf(collations);
        types = List.copyOf(types);
        functions = List.copyOf(functions);
        aggregates = List.copyOf(aggregates);
        views = List.copyOf(views);
        rules = List.copyOf(rules);
    }

    public static SchemaObjects empty() {
        return new SchemaObjects(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Everything but the rules, which need the final set of relations ({@link #withRules}). */
    static SchemaObjects read(ReadContext ctx) throws SQLException {
        return new SchemaObjects(ExtensionReader.read(ctx), CollationReader.read(ctx), TypeReader.read(ctx),
                FunctionReader.read(ctx), AggregateReader.read(ctx), ViewReader.read(ctx), List.of());
    }

    /** The given table oids plus the materialized views: the relations whose indexes are dumped. */
    Set<Long> withMaterializedViews(Set<Long> tableOids) {
        Set<Long> out = new HashSet<>(tableOids);
        views.stream().filter(View::isMaterialized).forEach(v -> out.add(v.oid()));
        return out;
    }

    /** The given table oids plus every view and materialized view: the relations rules and triggers hang on. */
    Set<Long> withViews(Set<Long> tableOids) {
        Set<Long> out = new HashSet<>(tableOids);
        views.forEach(v -> out.add(v.oid()));
        return out;
    }

    SchemaObjects withRules(ReadContext ctx, Set<Long> tableOids) throws SQLException {
        return new SchemaObjects(extensions, collations, types, functions, aggregates, views,
                RuleReader.read(ctx, withViews(tableOids)));
    }

    /** pg_depend edges as the sorter should see them (a range's canonical function waits only for its shell). */
    List<Dependency> adjust(List<Dependency> dependencies) {
        return TypeRenderer.redirectToShells(dependencies, types);
    }

    /** The items of these objects; {@code others} are the plan's other items, needed to see view loops. */
    List<DdlItem> render(List<DdlItem> others, List<Dependency> dependencies, RenderOptions opts) {
        List<DdlItem> out = new ArrayList<>();
        extensions.forEach(e -> out.add(ExtensionRenderer.render(e, opts)));
        collations.forEach(c -> out.add(CollationRenderer.render(c, opts)));
        types.forEach(t -> out.addAll(TypeRenderer.render(t, opts)));
        functions.forEach(f -> out.add(FunctionRenderer.render(f, opts)));
        aggregates.forEach(a -> out.add(AggregateRenderer.render(a, opts)));
        rules.forEach(r -> out.add(RuleRenderer.render(r, opts)));
        List<DdlItem> seen = new ArrayList<>(others);
        seen.addAll(out);
        out.addAll(ViewLoops.render(views, seen, dependencies, opts));
        return out;
    }
}
