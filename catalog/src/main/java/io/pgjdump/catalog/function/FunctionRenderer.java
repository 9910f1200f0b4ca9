package io.pgjdump.catalog.function;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

/**
 * The server's own CREATE FUNCTION text, then owner, comment and grants. Bodies are not checked on
 * replay (the script sets check_function_bodies off), so a body may name objects created later.
 */
public final class FunctionRenderer {

    private static final String OR_REPLACE = "CREATE OR REPLACE ";

    private FunctionRenderer() {
    }

    public static DdlItem render(Function f, RenderOptions opts) {
        String signature = Quote.qualified(f.schema(), f.name()) + "(" + f.identityArgs() + ")";
        String target = f.keyword() + " " + signature;
        StringBuilder sql = new StringBuilder(createStatement(f.definition()));
        Decorations.owner(sql, target, f.owner(), opts);
        Decorations.comment(sql, target, f.comment(), opts);
        Decorations.grants(sql, f.keyword(), signature, f.acl(), f.owner(), opts);
        return DdlItem.of(ItemKind.FUNCTION, f.schema(), f.name() + "(" + f.identityArgs() + ")", f.owner(),
                sql.toString(), f.key());
    }

    /**
     * pg_get_functiondef says CREATE OR REPLACE and ends without a semicolon. A plain CREATE fails
     * loudly if the target already has the function, instead of silently replacing it.
     */
    static String createStatement(String definition) {
        String def = definition.stripTrailing();
        if (def.startsWith(OR_REPLACE)) {
            def = "CREATE " + def.substring(OR_REPLACE.length());
        }
        return def + ";\n";
    }
}
