package io.pgjdump.catalog.index;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CREATE INDEX from the server's deparser, then ATTACH to a parent index, CLUSTER ON and REPLICA IDENTITY. */
public final class IndexRenderer {

    private IndexRenderer() {
    }

    public static List<DdlItem> render(Index i, RenderOptions opts) {
        List<DdlItem> items = new ArrayList<>();
        String qname = Quote.qualified(i.schema(), i.name());
        String table = Quote.qualified(i.schema(), i.table());
        StringBuilder sql = new StringBuilder(i.definition()).append(";\n");
        if (i.clustered()) {
            sql.append("ALTER TABLE ").append(table).append(" CLUSTER ON ").append(Quote.ident(i.name())).append(";\n");
        }
        if (i.replicaIdentity()) {
            sql.append("ALTER TABLE ONLY ").append(table).append(" REPLICA IDENTITY USING INDEX ")
                    .append(Quote.ident(i.name())).append(";\n");
        }
        Decorations.comment(sql, "INDEX " + qname, i.comment(), opts);
        items.add(new DdlItem(ItemKind.INDEX.section(), ItemKind.INDEX, i.schema(), i.name(), null, sql.toString(),
                Set.of(i.key()), Set.of(ObjectKey.pgClass(i.tableOid()))));
        if (i.parentIndex() != null) {
            String attach = "ALTER INDEX " + i.parentIndex() + " ATTACH PARTITION " + qname + ";\n";
            items.add(new DdlItem(ItemKind.INDEX_ATTACH.section(), ItemKind.INDEX_ATTACH, i.schema(), i.name(), null,
                    attach, Set.of(), Set.of(i.key(), ObjectKey.pgClass(i.parentIndexOid()))));
        }
        return items;
    }
}
