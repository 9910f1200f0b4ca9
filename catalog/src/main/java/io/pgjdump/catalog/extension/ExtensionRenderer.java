package io.pgjdump.catalog.extension;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.HashSet;
import java.util.Set;

/**
 * CREATE EXTENSION and its comment. The version is left to the target's default, as pg_dump does:
 * the target may have a newer one installed, and the member objects come from it, not from us.
 */
public final class ExtensionRenderer {

    private ExtensionRenderer() {
    }

    public static DdlItem render(Extension e, RenderOptions opts) {
        StringBuilder sql = new StringBuilder();
        sql.append("CREATE EXTENSION IF NOT EXISTS ").append(Quote.ident(e.name())).append(" WITH SCHEMA ")
                .append(Quote.ident(e.schema())).append(";\n");
        Decorations.comment(sql, "EXTENSION " + Quote.ident(e.name()), e.comment(), opts);
        for (Extension.MemberAcl m : e.changedAcls()) {
            Decorations.grants(sql, m.objectType(), m.target(), m.acl(), m.owner(), opts);
        }
        Set<ObjectKey> provides = new HashSet<>(e.members());
        provides.add(e.key());
        return new DdlItem(ItemKind.EXTENSION.section(), ItemKind.EXTENSION, null, e.name(), null, sql.toString(),
                provides, Set.of());
    }
}
