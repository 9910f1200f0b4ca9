package io.pgjdump.catalog.view;

import io.pgjdump.catalog.ObjectKey;

import java.util.List;

/**
 * A view or materialized view.
 *
 * @param relkind      'v' view, 'm' materialized view
 * @param definition   pg_get_viewdef text without its trailing semicolon
 * @param options      reloptions other than check_option, e.g. "security_barrier=true"
 * @param checkOption  "LOCAL" or "CASCADED" for WITH ... CHECK OPTION, else null
 * @param populated    relispopulated: whether a materialized view holds rows (and so is refreshed)
 * @param rewriteOid   the _RETURN rule; pg_depend records what the view reads against it
 * @param rowTypeOid   the view's row type, and {@code rowArrayOid} its array type (0 if none)
 * @param reads        for materialized views: the materialized views and views its query reads,
 *                     directly or through views, so REFRESH runs in a workable order
 */
public record View(long oid, String schema, String name, String owner, char relkind, String definition,
                   List<String> options, String checkOption, boolean populated, long rewriteOid, long rowTypeOid,
                   long rowArrayOid, List<ViewColumn> columns, String comment, String acl, List<Read> reads) {

    public View {
        options = List.copyOf(options);
        columns = List.copyOf(columns);
        reads = List.copyOf(reads);
    }

    public ObjectKey key() {
        return ObjectKey.pgClass(oid);
    }

    public boolean isMaterialized() {
        return relkind == 'm';
    }

    /** "VIEW" or "MATERIALIZED VIEW", as ALTER and COMMENT spell it. */
    public String keyword() {
        return isMaterialized() ? "MATERIALIZED VIEW" : "VIEW";
    }

    /**
     * A column as the view exposes it.
     *
     * @param collation   qualified, quoted collation when it differs from the type's, else null
     * @param defaultExpr a default set with ALTER VIEW ... SET DEFAULT, or null
     */
    public record ViewColumn(String name, String type, String collation, String defaultExpr, long attrdefOid,
                             String comment, String acl) {
    }

    /** A relation a materialized view's query reads: 'm' or 'v'. */
    public record Read(long oid, char relkind) {
    }
}
