package io.pgjdump.catalog.aggregate;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.ItemKind;
import io.pgjdump.catalog.Quote;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.acl.Decorations;

import java.util.ArrayList;
import java.util.List;

/**
 * CREATE AGGREGATE (there is no server deparser for it), then owner, comment and grants. Every
 * option that the catalog holds is written, defaults included where the default depends on the
 * aggregate's kind, so the target ends up with the same pg_aggregate row.
 */
public final class AggregateRenderer {

    private AggregateRenderer() {
    }

    public static DdlItem render(Aggregate a, RenderOptions opts) {
        String qname = Quote.qualified(a.schema(), a.name());
        String target = "AGGREGATE " + qname + "(" + (a.identityArgs().isEmpty() ? "*" : a.identityArgs()) + ")";
        StringBuilder sql = new StringBuilder("CREATE AGGREGATE ").append(qname).append("(")
                .append(a.arguments().isEmpty() ? "*" : a.arguments()).append(") (\n    ")
                .append(String.join(",\n    ", options(a))).append("\n);\n");
        Decorations.owner(sql, target, a.owner(), opts);
        Decorations.comment(sql, target, a.comment(), opts);
        // GRANT names an aggregate like a function, with the plain list of argument types
        Decorations.grants(sql, "FUNCTION", qname + "(" + a.argTypes() + ")", a.acl(), a.owner(), opts);
        return DdlItem.of(ItemKind.AGGREGATE, a.schema(), a.name() + "(" + a.identityArgs() + ")", a.owner(),
                sql.toString(), a.key());
    }

    static List<String> options(Aggregate a) {
        List<String> o = new ArrayList<>();
        o.add("SFUNC = " + a.transFunction());
        o.add("STYPE = " + a.stateType());
        if (a.stateSpace() != 0) {
            o.add("SSPACE = " + a.stateSpace());
        }
        if (a.finalFunction() != null) {
            o.add("FINALFUNC = " + a.finalFunction());
            if (a.finalExtra()) {
                o.add("FINALFUNC_EXTRA");
            }
        }
        o.add("FINALFUNC_MODIFY = " + modify(a.finalModify()));
        if (a.combineFunction() != null) {
            o.add("COMBINEFUNC = " + a.combineFunction());
        }
        if (a.serialFunction() != null) {
            o.add("SERIALFUNC = " + a.serialFunction());
        }
        if (a.deserialFunction() != null) {
            o.add("DESERIALFUNC = " + a.deserialFunction());
        }
        if (a.initialCondition() != null) {
            o.add("INITCOND = " + Quote.literal(a.initialCondition()));
        }
        Aggregate.MovingState m = a.moving();
        if (m != null) {
            o.add("MSFUNC = " + m.transFunction());
            o.add("MINVFUNC = " + m.inverseFunction());
            o.add("MSTYPE = " + m.stateType());
            if (m.stateSpace() != 0) {
                o.add("MSSPACE = " + m.stateSpace());
            }
            if (m.finalFunction() != null) {
                o.add("MFINALFUNC = " + m.finalFunction());
                if (m.finalExtra()) {
                    o.add("MFINALFUNC_EXTRA");
                }
            }
            o.add("MFINALFUNC_MODIFY = " + modify(m.finalModify()));
            if (m.initialCondition() != null) {
                o.add("MINITCOND = " + Quote.literal(m.initialCondition()));
            }
        }
        if (a.sortOperator() != null) {
            o.add("SORTOP = " + a.sortOperator());
        }
        if (a.parallel() == 's') {
            o.add("PARALLEL = SAFE");
        } else if (a.parallel() == 'r') {
            o.add("PARALLEL = RESTRICTED");
        }
        if (a.kind() == 'h') {
            o.add("HYPOTHETICAL");
        }
        return o;
    }

    private static String modify(char code) {
        return switch (code) {
            case 's' -> "SHAREABLE";
            case 'w' -> "READ_WRITE";
            default -> "READ_ONLY";
        };
    }
}
