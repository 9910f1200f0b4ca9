package io.pgjdump.catalog.aggregate;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;
import io.pgjdump.catalog.extension.ExtensionMembers;

import java.sql.SQLException;
import java.util.List;

/** Reads the aggregates of the selected schemas, extension members left out. */
public final class AggregateReader {

    private static final String SQL = """
            SELECT p.oid::bigint AS oid, n.nspname, p.proname, pg_catalog.pg_get_userbyid(p.proowner) AS owner,
                   a.aggkind, pg_catalog.pg_get_function_arguments(p.oid) AS args,
                   pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity_args,
                   pg_catalog.oidvectortypes(p.proargtypes) AS arg_types,
                   a.aggtransfn::pg_catalog.regproc::text AS sfunc,
                   pg_catalog.format_type(a.aggtranstype, NULL) AS stype, a.aggtransspace,
                   CASE WHEN a.aggfinalfn <> 0 THEN a.aggfinalfn::pg_catalog.regproc::text END AS finalfunc,
                   a.aggfinalextra, a.aggfinalmodify,
                   CASE WHEN a.aggcombinefn <> 0 THEN a.aggcombinefn::pg_catalog.regproc::text END AS combinefunc,
                   CASE WHEN a.aggserialfn <> 0 THEN a.aggserialfn::pg_catalog.regproc::text END AS serialfunc,
                   CASE WHEN a.aggdeserialfn <> 0 THEN a.aggdeserialfn::pg_catalog.regproc::text END AS deserialfunc,
                   a.agginitval,
                   CASE WHEN a.aggmtransfn <> 0 THEN a.aggmtransfn::pg_catalog.regproc::text END AS msfunc,
                   CASE WHEN a.aggminvtransfn <> 0 THEN a.aggminvtransfn::pg_catalog.regproc::text END AS minvfunc,
                   CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) END AS mstype,
                   a.aggmtransspace,
                   CASE WHEN a.aggmfinalfn <> 0 THEN a.aggmfinalfn::pg_catalog.regproc::text END AS mfinalfunc,
                   a.aggmfinalextra, a.aggmfinalmodify, a.aggminitval,
                   (SELECT 'OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.' || o.oprname || ')'
                      FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace opn ON opn.oid = o.oprnamespace
                     WHERE o.oid = a.aggsortop) AS sortop,
                   p.proparallel, pg_catalog.obj_description(p.oid, 'pg_proc') AS comment, p.proacl::text AS acl
            FROM pg_catalog.pg_aggregate a
            JOIN pg_catalog.pg_proc p ON p.oid = a.aggfnoid
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND %s
            ORDER BY n.nspname, p.proname, identity_args
            """;

    private AggregateReader() {
    }

    public static List<Aggregate> read(ReadContext ctx) throws SQLException {
        String sql = SQL.formatted(ExtensionMembers.notMember("pg_proc", "p.oid"));
        return CatalogQuery.list(ctx.conn(), "aggregates", sql, rs -> {
            String schema = rs.getString("nspname");
            if (!ctx.selection().includesSchema(schema)) {
                return null;
            }
            Aggregate.MovingState moving = rs.getString("msfunc") == null ? null
                    : new Aggregate.MovingState(rs.getString("msfunc"), rs.getString("minvfunc"),
                            rs.getString("mstype"), rs.getInt("aggmtransspace"), rs.getString("mfinalfunc"),
                            rs.getBoolean("aggmfinalextra"), rs.getString("aggmfinalmodify").charAt(0),
                            rs.getString("aggminitval"));
            return new Aggregate(rs.getLong("oid"), schema, rs.getString("proname"), rs.getString("owner"),
                    rs.getString("aggkind").charAt(0), rs.getString("args"), rs.getString("identity_args"),
                    rs.getString("arg_types"), rs.getString("sfunc"), rs.getString("stype"),
                    rs.getInt("aggtransspace"), rs.getString("finalfunc"), rs.getBoolean("aggfinalextra"),
                    rs.getString("aggfinalmodify").charAt(0), rs.getString("combinefunc"), rs.getString("serialfunc"),
                    rs.getString("deserialfunc"), rs.getString("agginitval"), moving, rs.getString("sortop"),
                    rs.getString("proparallel").charAt(0), rs.getString("comment"), rs.getString("acl"));
        });
    }
}
