package io.pgjdump.catalog.defaultacl;

import io.pgjdump.catalog.DdlItem;
import io.pgjdump.catalog.RenderOptions;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultAclRendererTest {

    private static String sql(DefaultAcl d) {
        return DefaultAclRenderer.render(d, RenderOptions.defaults()).map(DdlItem::sql).orElse("");
    }

    @Test
    void databaseWideRowIsTheDifferenceFromTheBuiltInDefaults() {
        // the text form the server prints for a role whose name has a space
        DefaultAcl d = new DefaultAcl(1, "al ice", null, 0, 'r',
                "{\"\\\"al ice\\\"=arwdxt/\\\"al ice\\\"\",\"bob=r*/\\\"al ice\\\"\"}",
                "{\"\\\"al ice\\\"=arwdDxt/\\\"al ice\\\"\"}");
        assertEquals("""
                ALTER DEFAULT PRIVILEGES FOR ROLE "al ice" REVOKE TRUNCATE ON TABLES FROM "al ice";
                ALTER DEFAULT PRIVILEGES FOR ROLE "al ice" GRANT SELECT ON TABLES TO bob WITH GRANT OPTION;
                """, sql(d));
    }

    @Test
    void publicLosingExecuteIsARevokeFromPublic() {
        DefaultAcl d = new DefaultAcl(2, "alice", null, 0, 'f', "{alice=X/alice}", "{=X/alice,alice=X/alice}");
        assertEquals("ALTER DEFAULT PRIVILEGES FOR ROLE alice REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;\n", sql(d));
    }

    @Test
    void perSchemaRowOnlyAddsAndGrantOptionOnAHeldPrivilegeIsGrantedAgain() {
        DefaultAcl d = new DefaultAcl(3, "alice", "Odd \"s\"", 99, 'S', "{=U/alice,bob=U*r/alice}", null);
        assertEquals("""
                ALTER DEFAULT PRIVILEGES FOR ROLE alice IN SCHEMA "Odd ""s""\" GRANT USAGE ON SEQUENCES TO PUBLIC;
                ALTER DEFAULT PRIVILEGES FOR ROLE alice IN SCHEMA "Odd ""s""\" GRANT SELECT ON SEQUENCES TO bob;
                ALTER DEFAULT PRIVILEGES FOR ROLE alice IN SCHEMA "Odd ""s""\" GRANT USAGE ON SEQUENCES TO bob WITH GRANT OPTION;
                """, sql(d));
    }

    @Test
    void noPrivilegesLeavesDefaultPrivilegesOut() {
        DefaultAcl d = new DefaultAcl(2, "alice", null, 0, 'T', "{alice=U/alice}", "{=U/alice,alice=U/alice}");
        Optional<DdlItem> item = DefaultAclRenderer.render(d, new RenderOptions(false, true, false));
        assertTrue(item.isEmpty());
    }
}
