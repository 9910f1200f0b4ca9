package io.pgjdump.catalog;

/**
 * Switches that change the rendered DDL but not what is read.
 *
 * @param noOwner      leave out ALTER ... OWNER TO (pg_dump -O)
 * @param noPrivileges leave out GRANT/REVOKE (pg_dump -x)
 * @param noComments   leave out COMMENT ON
 */
public record RenderOptions(boolean noOwner, boolean noPrivileges, boolean noComments) {

    public static RenderOptions defaults() {
        return new RenderOptions(false, false, false);
    }
}
