package io.pgjdump.catalog.constraint;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ALTER TABLE ... ADD CONSTRAINT for everything that is not written inside CREATE TABLE. Keys and
 * exclusion constraints come before foreign keys (post-data), so a foreign key always finds the
 * unique index it references.
 */
public final class ConstraintRenderer {

    private ConstraintRenderer() {
    }

    public static Optional<DdlItem> render(Constraint c, RenderOptions opts) {
        // a partition's key is not local once attached to its parent's, yet must be created on the
        // partition and attached as pg_dump does; other non-local constraints come with the parent
        boolean partitionKey = c.inheritedFromParent() && c.type() != 'f' && c.type() != 'c';
        if (c.isInlineCheck() || (!c.isLocal() && !partitionKey)) {
            return Optional.empty();
        }
        if (c.type() == 'f' && c.inheritedFromParent()) {
            return Optional.empty(); // the parent's foreign key creates it on every partition
        }
        String table = Quote.qualified(c.schema(), c.table());
        // ONLY is refused for foreign keys on partitioned tables: those must recurse
        boolean only = !(c.type() == 'f' && c.tableKind() == 'p');
        StringBuilder sql = new StringBuilder();
        sql.append("ALTER TABLE ").append(only ? "ONLY " : "").append(table).append("\n    ADD CONSTRAINT ")
                .append(Quote.ident(c.name())).append(' ').append(c.definition()).append(";\n");
        if (c.inheritedFromParent() && c.parentIndexName() != null && c.indexName() != null) {
            sql.append("ALTER INDEX ").append(c.parentIndexName()).append(" ATTACH PARTITION ").append(c.indexName())
                    .append(";\n");
        }
        Decorations.comment(sql, "CONSTRAINT " + Quote.ident(c.name()) + " ON " + table, c.comment(), opts);
        ItemKind kind = c.type() == 'f' ? ItemKind.FK_CONSTRAINT : ItemKind.CONSTRAINT;
        Set<ObjectKey> provides = new HashSet<>(List.of(c.key()));
        if (c.indexOid() != 0 && c.type() != 'f') {
            provides.add(ObjectKey.pgClass(c.indexOid()));
        }
        Set<ObjectKey> needs = new HashSet<>(List.of(ObjectKey.pgClass(c.tableOid())));
        if (c.referencedTable() != 0) {
            needs.add(ObjectKey.pgClass(c.referencedTable()));
        }
        if (c.parentIndexOid() != 0) {
            needs.add(ObjectKey.pgClass(c.parentIndexOid()));
        }
        if (c.type() == 'f' && c.indexOid() != 0) {
            needs.add(ObjectKey.pgClass(c.indexOid())); // the referenced key's index
        }
        return Optional.of(new DdlItem(kind.section(), kind, c.schema(), c.table() + " " + c.name(), null,
                sql.toString(), provides, needs));
    }
}
