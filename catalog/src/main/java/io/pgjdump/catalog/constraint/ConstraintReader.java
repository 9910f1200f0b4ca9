package io.pgjdump.catalog.constraint;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Reads table constraints; NOT NULL is a column property and is rendered with the column. */
public final class ConstraintReader {

    private static final String SQL = """
            SELECT co.oid::bigint AS oid, co.conrelid::bigint AS relid, n.nspname, c.relname, c.relkind, co.conname,
                   co.contype, pg_catalog.pg_get_constraintdef(co.oid) AS def, co.convalidated, co.conislocal,
                   co.conparentid <> 0 AS has_parent, co.confrelid::bigint AS confrelid, co.conindid::bigint AS indid,
                   (SELECT pg_catalog.quote_ident(inn.nspname) || '.' || pg_catalog.quote_ident(ic.relname)
                      FROM pg_catalog.pg_class ic JOIN pg_catalog.pg_namespace inn ON inn.oid = ic.relnamespace
                     WHERE ic.oid = co.conindid) AS index_name,
                   (SELECT pg_catalog.quote_ident(inn.nspname) || '.' || pg_catalog.quote_ident(ic.relname)
                      FROM pg_catalog.pg_constraint pc
                      JOIN pg_catalog.pg_class ic ON ic.oid = pc.conindid
                      JOIN pg_catalog.pg_namespace inn ON inn.oid = ic.relnamespace
                     WHERE pc.oid = co.conparentid) AS parent_index_name,
                   (SELECT pc.conindid::bigint FROM pg_catalog.pg_constraint pc
                     WHERE pc.oid = co.conparentid) AS parent_index_oid,
                   pg_catalog.obj_description(co.oid, 'pg_constraint') AS comment
            FROM pg_catalog.pg_constraint co
            JOIN pg_catalog.pg_class c ON c.oid = co.conrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE co.contype IN ('p', 'u', 'c', 'f', 'x') AND c.relkind IN ('r', 'p')
            ORDER BY n.nspname, c.relname, co.conname
            """;

    private ConstraintReader() {
    }

    /** Constraints of the given tables (pg_class oids). */
    public static List<Constraint> read(ReadContext ctx, Set<Long> tableOids) throws SQLException {
        return CatalogQuery.list(ctx.conn(), "constraints", SQL, rs -> {
            long relid = rs.getLong("relid");
            if (!tableOids.contains(relid)) {
                return null;
            }
            return new Constraint(rs.getLong("oid"), relid, rs.getString("nspname"), rs.getString("relname"),
                    rs.getString("conname"), rs.getString("contype").charAt(0), rs.getString("def"),
                    rs.getBoolean("convalidated"), rs.getBoolean("conislocal"), rs.getString("relkind").charAt(0),
                    rs.getBoolean("has_parent"), rs.getString("index_name"), rs.getString("parent_index_name"),
                    rs.getLong("parent_index_oid"),
                    rs.getLong("confrelid"), rs.getLong("indid"), rs.getString("comment"));
        });
    }
}
