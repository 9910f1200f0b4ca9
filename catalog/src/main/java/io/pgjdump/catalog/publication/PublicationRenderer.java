package io.pgjdump.catalog.publication;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CREATE PUBLICATION with its options, owner and comment; each member is a separate ALTER
 * PUBLICATION ... ADD item, as in pg_dump, so a member goes with its table.
 */
public final class PublicationRenderer {

    private PublicationRenderer() {
    }

    public static List<DdlItem> render(Publication p, RenderOptions opts) {
        List<DdlItem> items = new ArrayList<>();
        String name = Quote.ident(p.name());
        StringBuilder sql = new StringBuilder("CREATE PUBLICATION ").append(name);
        if (p.allTables()) {
            sql.append(" FOR ALL TABLES");
        }
        sql.append(" WITH (publish = ").append(Quote.literal(String.join(", ", p.publish())));
        if (p.viaRoot()) {
            sql.append(", publish_via_partition_root = true");
        }
        sql.append(");\n");
        Decorations.owner(sql, "PUBLICATION " + name, p.owner(), opts);
        Decorations.comment(sql, "PUBLICATION " + name, p.comment(), opts);
        items.add(DdlItem.of(ItemKind.PUBLICATION, null, p.name(), p.owner(), sql.toString(), p.key()));

        for (Publication.Member m : p.tables()) {
            StringBuilder add = new StringBuilder("ALTER PUBLICATION ").append(name).append(" ADD TABLE ONLY ")
                    .append(Quote.qualified(m.schema(), m.table()));
            if (!m.columns().isEmpty()) {
                add.append(" (").append(m.columns().stream().map(Quote::ident).collect(Collectors.joining(", ")))
                        .append(")");
            }
            if (m.rowFilter() != null) {
                add.append(" WHERE (").append(m.rowFilter()).append(")");
            }
            add.append(";\n");
            items.add(new DdlItem(ItemKind.PUBLICATION_TABLE.section(), ItemKind.PUBLICATION_TABLE, m.schema(),
                    p.name() + " " + m.table(), p.owner(), add.toString(),
                    Set.of(new ObjectKey("pg_publication_rel", m.oid())),
                    Set.of(p.key(), ObjectKey.pgClass(m.tableOid()))));
        }
        for (Publication.SchemaMember s : p.schemas()) {
            String add = "ALTER PUBLICATION " + name + " ADD TABLES IN SCHEMA " + Quote.ident(s.schema()) + ";\n";
            items.add(new DdlItem(ItemKind.PUBLICATION_SCHEMA.section(), ItemKind.PUBLICATION_SCHEMA, s.schema(),
                    p.name() + " " + s.schema(), p.owner(), add,
                    Set.of(new ObjectKey("pg_publication_namespace", s.oid())),
                    Set.of(p.key(), new ObjectKey("pg_namespace", s.schemaOid()))));
        }
        return items;
    }
}
