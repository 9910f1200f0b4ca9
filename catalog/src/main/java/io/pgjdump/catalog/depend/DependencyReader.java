package io.pgjdump.catalog.depend;

import io.pgjdump.catalog.CatalogQuery;
import io.pgjdump.catalog.ObjectKey;
import io.pgjdump.catalog.ReadContext;

import java.sql.SQLException;
import java.util.List;

/**
 * Reads the "normal" dependencies between user objects. Automatic and internal edges ('a', 'i')
 * tie sub-objects to their owners (a sequence OWNED BY its column, an index to its table); the
 * renderers state those themselves, and following them would only make cycles.
 */
public final class DependencyReader {

    // 16384 is FirstNormalObjectId: objects below it come with the server and never need ordering.
    // An implicit array type (a column of type foo[]) is made by its element type, so an edge to
    // it is read as an edge to the element: that is the type an item creates and provides.
    // Up to 14 what a generated column's expression uses (a function, a text search configuration,
    // ...) is recorded as an automatic edge from the column, not a normal one from its pg_attrdef
    // row; those are read too. Automatic edges between relations (a sequence or an index to its
    // table) stay out: the renderers state them, and following them would only make cycles.
    private static final String SQL = """
            SELECT d.classid::pg_catalog.regclass::text AS cls, d.objid::bigint AS objid,
                   CASE WHEN elem.oid IS NULL THEN d.refclassid::pg_catalog.regclass::text
                        ELSE 'pg_type' END AS refcls,
                   coalesce(elem.oid, d.refobjid)::bigint AS refobjid
            FROM pg_catalog.pg_depend d
            LEFT JOIN pg_catalog.pg_type elem ON d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass
                 AND elem.typarray = d.refobjid
            WHERE (d.deptype = 'n'
                   -- before 15 what a generated column's expression uses hangs on the column as 'a' edges
                   OR (d.deptype = 'a' AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                       AND d.objsubid <> 0 AND d.refclassid <> 'pg_catalog.pg_class'::pg_catalog.regclass))
              AND d.objid >= 16384 AND d.refobjid >= 16384
            """;

    private DependencyReader() {
    }

    public static List<Dependency> read(ReadContext ctx) throws SQLException {
        return CatalogQuery.list(ctx.conn(), "dependencies", SQL, rs -> new Dependency(
                new ObjectKey(rs.getString("cls"), rs.getLong("objid")),
                new ObjectKey(rs.getString("refcls"), rs.getLong("refobjid"))));
    }
}
