package io.pgjdump.catalog.view;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.Section;
import io.pgjdump.catalog.acl.Decorations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE VIEW / CREATE MATERIALIZED VIEW ... WITH NO DATA, with column defaults, owner, comments
 * and grants; a REFRESH item in post-data for populated materialized views. A view caught in a
 * dependency loop is instead created with a placeholder query and given its real query in
 * post-data ({@link #renderSplit}), as pg_dump does.
 */
public final class ViewRenderer {

    private ViewRenderer() {
    }

    /** Provided by a REFRESH item: the materialized view holds its rows. */
    public static ObjectKey dataKey(long oid) {
        return new ObjectKey("pg_class data", oid);
    }

    /** Provided by the post-data item of a split view: the view has its real query. */
    public static ObjectKey definitionKey(long oid) {
        return new ObjectKey("pg_class definition", oid);
    }

    public static List<DdlItem> render(View v, RenderOptions opts) {
        return render(v, opts, Section.PRE_DATA);
    }

    /**
     * A materialized view whose query needs something only post-data creates (a primary key that
     * makes GROUP BY valid, say) is created in post-data as a whole.
     */
    public static List<DdlItem> renderPostponed(View v, RenderOptions opts) {
        if (!v.isMaterialized()) {
            throw new IllegalArgumentException("only materialized views are postponed whole: " + v.schema() + "."
                    + v.name());
        }
        return render(v, opts, Section.POST_DATA);
    }

    private static List<DdlItem> render(View v, RenderOptions opts, Section section) {
        String qname = Quote.qualified(v.schema(), v.name());
        StringBuilder sql = new StringBuilder("CREATE ").append(v.keyword()).append(' ').append(qname);
        appendQuery(sql, v);
        if (v.isMaterialized()) {
            sql.append("\n  WITH NO DATA");
        }
        sql.append(";\n");
        decorate(sql, v, qname, opts);
        Set<ObjectKey> provides = relationKeys(v);
        provides.add(rewriteKey(v));
        ItemKind kind = v.isMaterialized() ? ItemKind.MATERIALIZED_VIEW : ItemKind.VIEW;
        List<DdlItem> items = new ArrayList<>();
        items.add(new DdlItem(section, kind, v.schema(), v.name(), v.owner(), sql.toString(), provides, Set.of()));
        if (v.isMaterialized() && v.populated()) {
            Set<ObjectKey> needs = new HashSet<>(List.of(v.key()));
            for (View.Read r : v.reads()) {
                needs.add(r.relkind() == 'm' ? dataKey(r.oid()) : definitionKey(r.oid()));
            }
            items.add(new DdlItem(ItemKind.MATERIALIZED_VIEW_DATA.section(), ItemKind.MATERIALIZED_VIEW_DATA,
                    v.schema(), v.name(), v.owner(), "REFRESH MATERIALIZED VIEW " + qname + ";\n",
                    Set.of(dataKey(v.oid())), needs));
        }
        return items;
    }

    /**
     * A plain view in two steps: in pre-data a view with the same columns whose query depends on
     * nothing (so whatever needs the view's row type can be created), in post-data its real query.
     */
    public static List<DdlItem> renderSplit(View v, RenderOptions opts) {
        if (v.isMaterialized()) {
            throw new IllegalArgumentException("a materialized view cannot be split: " + v.schema() + "." + v.name());
        }
        String qname = Quote.qualified(v.schema(), v.name());
        StringBuilder sql = new StringBuilder("CREATE VIEW ").append(qname).append(" AS\n SELECT ");
        List<String> placeholders = new ArrayList<>();
        for (View.ViewColumn c : v.columns()) {
            placeholders.add("NULL::" + c.type() + (c.collation() == null ? "" : " COLLATE " + c.collation())
                    + " AS " + Quote.ident(c.name()));
        }
        sql.append(String.join(",\n    ", placeholders)).append(";\n");
        decorate(sql, v, qname, opts);
        StringBuilder replace = new StringBuilder("CREATE OR REPLACE VIEW ").append(qname);
        appendQuery(replace, v);
        replace.append(";\n");
        return List.of(
                new DdlItem(ItemKind.VIEW.section(), ItemKind.VIEW, v.schema(), v.name(), v.owner(), sql.toString(),
                        relationKeys(v), Set.of()),
                new DdlItem(ItemKind.RULE.section(), ItemKind.RULE, v.schema(), v.name() + " _RETURN", v.owner(),
                        replace.toString(), Set.of(definitionKey(v.oid()), rewriteKey(v)), Set.of()));
    }

    /**
     * The view's _RETURN rule: pg_depend hangs what the query reads on it. In a split view the
     * post-data item provides it, so that item waits for post-data objects the query needs.
     */
    static ObjectKey rewriteKey(View v) {
        return new ObjectKey("pg_rewrite", v.rewriteOid());
    }

    private static void appendQuery(StringBuilder sql, View v) {
        if (!v.options().isEmpty()) {
            sql.append(" WITH (").append(String.join(", ", v.options())).append(")");
        }
        sql.append(" AS\n").append(v.definition());
        if (v.checkOption() != null) {
            sql.append("\n  WITH ").append(v.checkOption()).append(" CHECK OPTION");
        }
    }

    private static Set<ObjectKey> relationKeys(View v) {
        Set<ObjectKey> keys = new HashSet<>(List.of(v.key(), new ObjectKey("pg_type", v.rowTypeOid())));
        if (v.rowArrayOid() != 0) {
            keys.add(new ObjectKey("pg_type", v.rowArrayOid()));
        }
        for (View.ViewColumn c : v.columns()) {
            if (c.attrdefOid() != 0) {
                keys.add(new ObjectKey("pg_attrdef", c.attrdefOid()));
            }
        }
        return keys;
    }

    private static void decorate(StringBuilder sql, View v, String qname, RenderOptions opts) {
        for (View.ViewColumn c : v.columns()) {
            if (c.defaultExpr() != null && !v.isMaterialized()) { // only plain views take column defaults
                sql.append("ALTER ").append(v.keyword()).append(' ').append(qname).append(" ALTER COLUMN ")
                        .append(Quote.ident(c.name())).append(" SET DEFAULT ").append(c.defaultExpr()).append(";\n");
            }
        }
        String target = v.keyword() + " " + qname;
        Decorations.owner(sql, target, v.owner(), opts);
        Decorations.comment(sql, target, v.comment(), opts);
        for (View.ViewColumn c : v.columns()) {
            Decorations.comment(sql, "COLUMN " + qname + "." + Quote.ident(c.name()), c.comment(), opts);
        }
        Decorations.grants(sql, "TABLE", qname, v.acl(), v.owner(), opts);
        for (View.ViewColumn c : v.columns()) {
            Decorations.columnGrants(sql, qname, c.name(), c.acl(), opts);
        }
    }
}
