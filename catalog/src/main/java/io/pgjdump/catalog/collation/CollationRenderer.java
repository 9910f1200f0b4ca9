package io.pgjdump.catalog.collation;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.ArrayList;
import java.util.List;

/** CREATE COLLATION with every property spelled out, then owner and comment. */
public final class CollationRenderer {

    private CollationRenderer() {
    }

    public static DdlItem render(Collation c, RenderOptions opts) {
        String qname = Quote.qualified(c.schema(), c.name());
        StringBuilder sql = new StringBuilder("CREATE COLLATION ").append(qname).append(" (")
                .append(String.join(", ", properties(c))).append(");\n");
        Decorations.owner(sql, "COLLATION " + qname, c.owner(), opts);
        Decorations.comment(sql, "COLLATION " + qname, c.comment(), opts);
        return DdlItem.of(ItemKind.COLLATION, c.schema(), c.name(), c.owner(), sql.toString(), c.key());
    }

    static List<String> properties(Collation c) {
        List<String> props = new ArrayList<>();
        props.add("provider = " + switch (c.provider()) {
            case 'i' -> "icu";
            case 'b' -> "builtin";
            default -> "libc";
        });
        if (!c.deterministic()) {
            props.add("deterministic = false");
        }
        if (c.provider() == 'c') {
            if (c.lcCollate() != null && c.lcCollate().equals(c.lcCtype())) {
                props.add("locale = " + Quote.literal(c.lcCollate()));
            } else {
                props.add("lc_collate = " + Quote.literal(c.lcCollate()));
                props.add("lc_ctype = " + Quote.literal(c.lcCtype()));
            }
        } else {
            props.add("locale = " + Quote.literal(c.locale()));
        }
        if (c.icuRules() != null) {
            props.add("rules = " + Quote.literal(c.icuRules()));
        }
        return props;
    }
}
