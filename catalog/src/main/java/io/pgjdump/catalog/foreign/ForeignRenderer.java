package io.pgjdump.catalog.foreign;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE FOREIGN DATA WRAPPER, CREATE SERVER (each user mapping a separate item, as in pg_dump)
 * and CREATE FOREIGN TABLE, each with its owner, comment and privileges.
 */
public final class ForeignRenderer {

    private ForeignRenderer() {
    }

    public static DdlItem render(ForeignDataWrapper w, RenderOptions opts) {
        String name = Quote.ident(w.name());
        StringBuilder sql = new StringBuilder("CREATE FOREIGN DATA WRAPPER ").append(name);
        // regproc text is already quoted and qualified where the empty search_path needs it
        if (w.handler() != null) {
            sql.append(" HANDLER ").append(w.handler());
        }
        if (w.validator() != null) {
            sql.append(" VALIDATOR ").append(w.validator());
        }
        sql.append(Option.clause(w.options())).append(";\n");
        String target = "FOREIGN DATA WRAPPER " + name;
        Decorations.owner(sql, target, w.owner(), opts);
        Decorations.comment(sql, target, w.comment(), opts);
        Decorations.grants(sql, "FOREIGN DATA WRAPPER", name, w.acl(), w.owner(), opts);
        return DdlItem.of(ItemKind.FOREIGN_DATA_WRAPPER, null, w.name(), w.owner(), sql.toString(), w.key());
    }

    public static List<DdlItem> render(ForeignServer s, RenderOptions opts) {
        List<DdlItem> items = new ArrayList<>();
        String name = Quote.ident(s.name());
        StringBuilder sql = new StringBuilder("CREATE SERVER ").append(name);
        if (s.type() != null) {
            sql.append(" TYPE ").append(Quote.literal(s.type()));
        }
        if (s.version() != null) {
            sql.append(" VERSION ").append(Quote.literal(s.version()));
        }
        sql.append(" FOREIGN DATA WRAPPER ").append(Quote.ident(s.wrapper())).append(Option.clause(s.options()))
                .append(";\n");
        Decorations.owner(sql, "SERVER " + name, s.owner(), opts);
        Decorations.comment(sql, "SERVER " + name, s.comment(), opts);
        Decorations.grants(sql, "FOREIGN SERVER", name, s.acl(), s.owner(), opts);
        items.add(DdlItem.of(ItemKind.SERVER, null, s.name(), s.owner(), sql.toString(), s.key())
                .needing(new ObjectKey("pg_foreign_data_wrapper", s.wrapperOid())));
        for (ForeignServer.UserMapping m : s.userMappings()) {
            String role = m.role() == null ? "PUBLIC" : Quote.ident(m.role());
            String map = "CREATE USER MAPPING FOR " + role + " SERVER " + name + Option.clause(m.options()) + ";\n";
            items.add(new DdlItem(ItemKind.USER_MAPPING.section(), ItemKind.USER_MAPPING, null,
                    "USER MAPPING " + (m.role() == null ? "public" : m.role()) + " SERVER " + s.name(), s.owner(),
                    map, Set.of(new ObjectKey("pg_user_mapping", m.oid())), Set.of(s.key())));
        }
        return items;
    }

    public static DdlItem render(ForeignTable t, RenderOptions opts) {
        String qname = Quote.qualified(t.schema(), t.name());
        List<String> elements = new ArrayList<>();
        for (ForeignTable.Column c : t.columns()) {
            StringBuilder def = new StringBuilder(Quote.ident(c.name())).append(' ').append(c.type())
                    .append(Option.clause(c.options()));
            if (c.collation() != null) {
                def.append(" COLLATE ").append(c.collation());
            }
            if (c.generated()) {
                def.append(" GENERATED ALWAYS AS (").append(c.defaultExpr()).append(") STORED");
            } else if (c.defaultExpr() != null) {
                def.append(" DEFAULT ").append(c.defaultExpr());
            }
            if (c.notNull()) {
                def.append(" NOT NULL");
            }
            elements.add(def.toString());
        }
        elements.addAll(t.checks());
        StringBuilder sql = new StringBuilder("CREATE FOREIGN TABLE ").append(qname).append(" (");
        if (!elements.isEmpty()) {
            sql.append("\n    ").append(String.join(",\n    ", elements)).append("\n");
        }
        sql.append(")\nSERVER ").append(Quote.ident(t.server())).append(Option.clause(t.options())).append(";\n");
        Decorations.owner(sql, "FOREIGN TABLE " + qname, t.owner(), opts);
        Decorations.comment(sql, "FOREIGN TABLE " + qname, t.comment(), opts);
        for (ForeignTable.Column c : t.columns()) {
            Decorations.comment(sql, "COLUMN " + qname + "." + Quote.ident(c.name()), c.comment(), opts);
        }
        Decorations.grants(sql, "TABLE", qname, t.acl(), t.owner(), opts);
        for (ForeignTable.Column c : t.columns()) {
            Decorations.columnGrants(sql, qname, c.name(), c.acl(), opts);
        }
        Set<ObjectKey> provides = new HashSet<>();
        provides.add(t.key());
        provides.add(new ObjectKey("pg_type", t.rowTypeOid()));
        t.columns().stream().filter(c -> c.attrdefOid() != 0)
                .forEach(c -> provides.add(new ObjectKey("pg_attrdef", c.attrdefOid())));
        return new DdlItem(ItemKind.FOREIGN_TABLE.section(), ItemKind.FOREIGN_TABLE, t.schema(), t.name(), t.owner(),
                sql.toString(), provides, Set.of(new ObjectKey("pg_foreign_server", t.serverOid())));
    }
}
