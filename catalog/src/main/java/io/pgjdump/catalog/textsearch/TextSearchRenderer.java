package io.pgjdump.catalog.textsearch;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

/**
 * CREATE TEXT SEARCH DICTIONARY and CONFIGURATION. A configuration is created from its parser
 * alone (no mappings) and each token type's dictionaries added after, so the result does not
 * depend on the configuration it was once copied from.
 */
public final class TextSearchRenderer {

    private TextSearchRenderer() {
    }

    public static DdlItem render(TextSearchDictionary d, RenderOptions opts) {
        String qname = Quote.qualified(d.schema(), d.name());
        StringBuilder sql = new StringBuilder("CREATE TEXT SEARCH DICTIONARY ").append(qname)
                .append(" (\n    TEMPLATE = ").append(d.template());
        if (d.initOption() != null) {
            // stored by the server as option = value SQL, ready to be written back
            sql.append(",\n    ").append(d.initOption());
        }
        sql.append(" );\n");
        Decorations.owner(sql, "TEXT SEARCH DICTIONARY " + qname, d.owner(), opts);
        Decorations.comment(sql, "TEXT SEARCH DICTIONARY " + qname, d.comment(), opts);
        return DdlItem.of(ItemKind.TEXT_SEARCH_DICTIONARY, d.schema(), d.name(), d.owner(), sql.toString(), d.key());
    }

    public static DdlItem render(TextSearchConfiguration c, RenderOptions opts) {
        String qname = Quote.qualified(c.schema(), c.name());
        StringBuilder sql = new StringBuilder("CREATE TEXT SEARCH CONFIGURATION ").append(qname)
                .append(" (\n    PARSER = ").append(c.parser()).append(" );\n");
        for (TextSearchConfiguration.Mapping m : c.mappings()) {
            sql.append("ALTER TEXT SEARCH CONFIGURATION ").append(qname).append("\n    ADD MAPPING FOR ")
                    .append(Quote.ident(m.tokenType())).append(" WITH ").append(String.join(", ", m.dictionaries()))
                    .append(";\n");
        }
        Decorations.owner(sql, "TEXT SEARCH CONFIGURATION " + qname, c.owner(), opts);
        Decorations.comment(sql, "TEXT SEARCH CONFIGURATION " + qname, c.comment(), opts);
        return DdlItem.of(ItemKind.TEXT_SEARCH_CONFIGURATION, c.schema(), c.name(), c.owner(), sql.toString(),
                c.key());
    }
}
