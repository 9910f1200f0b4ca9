package io.pgjdump.catalog.statistics;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.Set;

/** CREATE STATISTICS from the server's deparser, its target, owner and comment. */
public final class StatisticsRenderer {

    private StatisticsRenderer() {
    }

    public static DdlItem render(StatisticsObject s, RenderOptions opts) {
        String qname = Quote.qualified(s.schema(), s.name());
        StringBuilder sql = new StringBuilder(s.definition()).append(";\n");
        if (s.target() >= 0) {
            sql.append("ALTER STATISTICS ").append(qname).append(" SET STATISTICS ").append(s.target()).append(";\n");
        }
        Decorations.owner(sql, "STATISTICS " + qname, s.owner(), opts);
        Decorations.comment(sql, "STATISTICS " + qname, s.comment(), opts);
        return new DdlItem(ItemKind.STATISTICS.section(), ItemKind.STATISTICS, s.schema(), s.name(), s.owner(),
                sql.toString(), Set.of(s.key()), Set.of(ObjectKey.pgClass(s.tableOid())));
    }
}
