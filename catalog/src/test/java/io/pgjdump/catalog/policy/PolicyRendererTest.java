package io.pgjdump.catalog.policy;

import io.pgjdump.catalog.RenderOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PolicyRendererTest {

    @Test
    void restrictiveInsertToNamedRoles() {
        Policy p = new Policy(1, 2, "public", "t", "select", 'a', false, List.of("alice", "Bob B"), null,
                "(x > 0)", "c");
        assertEquals("CREATE POLICY \"select\" ON public.t AS RESTRICTIVE FOR INSERT TO alice, \"Bob B\" "
                + "WITH CHECK ((x > 0));\nCOMMENT ON POLICY \"select\" ON public.t IS 'c';\n",
                PolicyRenderer.render(p, RenderOptions.defaults()).sql());
    }

    @Test
    void permissiveForAllToPublic() {
        Policy p = new Policy(1, 2, "public", "t", "p", '*', true, List.of(), "(a = CURRENT_USER)", null, "c");
        assertEquals("CREATE POLICY p ON public.t AS PERMISSIVE FOR ALL TO PUBLIC USING ((a = CURRENT_USER));\n",
                PolicyRenderer.render(p, new RenderOptions(false, false, true)).sql());
    }
}
