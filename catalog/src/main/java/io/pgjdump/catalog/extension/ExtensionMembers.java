package io.pgjdump.catalog.extension;

/**
 * SQL fragments that keep the objects an extension owns out of every other reader: CREATE
 * EXTENSION makes them again, so dumping them too would fail on replay ("already exists").
 * pg_depend marks membership with deptype 'e' on the member's row.
 */
public final class ExtensionMembers {

    private ExtensionMembers() {
    }

    /**
     * A condition that is true when the row is not an extension member.
     *
     * @param catalog the member's catalog, e.g. "pg_class" (a constant, never user input)
     * @param oidExpr the expression for the member's oid in the caller's query, e.g. "c.oid"
     */
    public static String notMember(String catalog, String oidExpr) {
        return "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend ext_d"
                + " WHERE ext_d.classid = 'pg_catalog." + catalog + "'::pg_catalog.regclass"
                + " AND ext_d.objid = " + oidExpr + " AND ext_d.deptype = 'e')";
    }
}
