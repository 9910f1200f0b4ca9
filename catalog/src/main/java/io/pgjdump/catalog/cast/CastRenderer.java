package io.pgjdump.catalog.cast;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

/** CREATE CAST with its method and context, then its comment. */
public final class CastRenderer {

    private CastRenderer() {
    }

    public static DdlItem render(Cast c, RenderOptions opts) {
        // format_type and regprocedure text are the server's, already quoted and qualified
        String signature = "(" + c.source() + " AS " + c.target() + ")";
        StringBuilder sql = new StringBuilder("CREATE CAST ").append(signature);
        switch (c.method()) {
            case 'f' -> sql.append(" WITH FUNCTION ").append(c.function());
            case 'i' -> sql.append(" WITH INOUT");
            case 'b' -> sql.append(" WITHOUT FUNCTION");
            default -> throw new IllegalStateException("cast " + signature + ": unknown method '" + c.method() + "'");
        }
        if (c.context() == 'a') {
            sql.append(" AS ASSIGNMENT");
        } else if (c.context() == 'i') {
            sql.append(" AS IMPLICIT");
        }
        sql.append(";\n");
        Decorations.comment(sql, "CAST " + signature, c.comment(), opts);
        return DdlItem.of(ItemKind.CAST, null, c.source() + " AS " + c.target(), null, sql.toString(), c.key());
    }
}
