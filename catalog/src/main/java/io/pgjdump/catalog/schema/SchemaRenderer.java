package io.pgjdump.catalog.schema;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

/** CREATE SCHEMA with its owner, comment and grants. */
public final class SchemaRenderer {

    private SchemaRenderer() {
    }

    public static DdlItem render(Schema s, RenderOptions opts) {
        StringBuilder sql = new StringBuilder();
        // public exists in every new database; pg_dump (15+) does not create it either
        if (!s.name().equals("public")) {
            sql.append("CREATE SCHEMA ").append(Quote.ident(s.name())).append(";\n");
        }
        String target = "SCHEMA " + Quote.ident(s.name());
        Decorations.owner(sql, target, s.owner(), opts);
        Decorations.comment(sql, target, s.comment(), opts);
        Decorations.grants(sql, "SCHEMA", Quote.ident(s.name()), s.acl(), s.owner(), opts);
        return DdlItem.of(ItemKind.SCHEMA, null, s.name(), s.owner(), sql.toString(), s.key());
    }
}
