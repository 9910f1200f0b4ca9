package io.pgjdump.catalog.table;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;
import io.pgjdump.catalog.constraint.Constraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CREATE TABLE with columns, inline CHECK constraints, owner, comments and grants; partitions are
 * created standalone and attached afterwards (as pg_dump does), so a partition's own column order
 * and defaults survive.
 */
public final class TableRenderer {

    private TableRenderer() {
    }

    public static List<DdlItem> render(Table t, RenderOptions opts) {
        String qname = Quote.qualified(t.schema(), t.name());
        List<DdlItem> items = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        sql.append("CREATE ").append(t.persistence() == 'u' ? "UNLOGGED " : "").append("TABLE ").append(qname)
                .append(" (");
        List<String> elements = new ArrayList<>();
        for (Column c : t.columns()) {
            if (c.isLocal() || t.isPartition()) {
                elements.add(columnDefinition(c));
            }
        }
        for (Constraint check : t.checks()) {
            elements.add("CONSTRAINT " + Quote.ident(check.name()) + " " + check.definition());
        }
        if (!elements.isEmpty()) {
            sql.append("\n    ").append(String.join(",\n    ", elements)).append("\n");
        }
        sql.append(")");
        if (!t.inherits().isEmpty()) {
            sql.append("\nINHERITS (").append(String.join(", ", t.inherits())).append(")");
        }
        if (t.partitionKey() != null) {
            sql.append("\nPARTITION BY ").append(t.partitionKey());
        }
        if (t.reloptions() != null) {
            sql.append("\nWITH (").append(t.reloptions()).append(")");
        }
        sql.append(";\n");
        String only = "ALTER TABLE ONLY " + qname;
        for (Column c : t.columns()) {
            if (c.storage() != null) {
                sql.append(only).append(" ALTER COLUMN ").append(Quote.ident(c.name())).append(" SET STORAGE ")
                        .append(c.storage()).append(";\n");
            }
            if (c.compression() != null) {
                sql.append(only).append(" ALTER COLUMN ").append(Quote.ident(c.name())).append(" SET COMPRESSION ")
                        .append(c.compression()).append(";\n");
            }
        }
        if (t.replicaIdentity() == 'f') {
            sql.append(only).append(" REPLICA IDENTITY FULL;\n");
        } else if (t.replicaIdentity() == 'n') {
            sql.append(only).append(" REPLICA IDENTITY NOTHING;\n");
        }
        Decorations.owner(sql, "TABLE " + qname, t.owner(), opts);
        Decorations.comment(sql, "TABLE " + qname, t.comment(), opts);
        for (Column c : t.columns()) {
            Decorations.comment(sql, "COLUMN " + qname + "." + Quote.ident(c.name()), c.comment(), opts);
        }
        for (Constraint check : t.checks()) {
            Decorations.comment(sql, "CONSTRAINT " + Quote.ident(check.name()) + " ON " + qname, check.comment(), opts);
        }
        Decorations.grants(sql, "TABLE", qname, t.acl(), t.owner(), opts);
        for (Column c : t.columns()) {
            Decorations.columnGrants(sql, qname, c.name(), c.acl(), opts);
        }
        Set<ObjectKey> provides = new HashSet<>();
        provides.add(t.key());
        provides.add(new ObjectKey("pg_type", t.rowTypeOid()));
        for (Column c : t.columns()) {
            if (c.attrdefOid() != 0) {
                provides.add(new ObjectKey("pg_attrdef", c.attrdefOid()));
            }
        }
        for (Constraint check : t.checks()) {
            provides.add(check.key());
        }
        items.add(new DdlItem(ItemKind.TABLE.section(), ItemKind.TABLE, t.schema(), t.name(), t.owner(),
                sql.toString(), provides, Set.of()));

        if (t.isPartition()) {
            String attach = "ALTER TABLE ONLY " + t.partitionParent() + " ATTACH PARTITION " + qname + " "
                    + t.partitionBound() + ";\n";
            items.add(new DdlItem(ItemKind.ATTACH_PARTITION.section(), ItemKind.ATTACH_PARTITION, t.schema(),
                    t.name(), t.owner(), attach, Set.of(), Set.of(t.key())));
        }
        if (t.rowSecurity() || t.forceRowSecurity()) {
            StringBuilder rls = new StringBuilder();
            if (t.rowSecurity()) {
                rls.append("ALTER TABLE ").append(qname).append(" ENABLE ROW LEVEL SECURITY;\n");
            }
            if (t.forceRowSecurity()) {
                rls.append("ALTER TABLE ").append(qname).append(" FORCE ROW LEVEL SECURITY;\n");
            }
            items.add(new DdlItem(ItemKind.ROW_SECURITY.section(), ItemKind.ROW_SECURITY, t.schema(), t.name(),
                    t.owner(), rls.toString(), Set.of(), Set.of(t.key())));
        }
        return items;
    }

    static String columnDefinition(Column c) {
        StringBuilder def = new StringBuilder();
        def.append(Quote.ident(c.name())).append(' ').append(c.type());
        if (c.collation() != null) {
            def.append(" COLLATE ").append(c.collation());
        }
        if (c.isGenerated()) {
            def.append(" GENERATED ALWAYS AS (").append(c.defaultExpr()).append(") STORED");
        } else if (c.defaultExpr() != null) {
            def.append(" DEFAULT ").append(c.defaultExpr());
        }
        if (c.identity() != 0) {
            def.append(c.identity() == 'a' ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY");
            Column.IdentitySequence s = c.identitySequence();
            if (s != null) {
                def.append(" (SEQUENCE NAME ").append(Quote.qualified(s.schema(), s.name()))
                        .append(" START WITH ").append(s.start())
                        .append(" INCREMENT BY ").append(s.increment())
                        .append(" MINVALUE ").append(s.min())
                        .append(" MAXVALUE ").append(s.max())
                        .append(" CACHE ").append(s.cache())
                        .append(s.cycle() ? " CYCLE" : "").append(")");
            }
        }
        if (c.notNull()) {
            def.append(" NOT NULL");
        }
        return def.toString();
    }
}
