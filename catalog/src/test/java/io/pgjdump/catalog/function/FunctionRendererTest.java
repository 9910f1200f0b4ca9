package io.pgjdump.catalog.function;

import io.pgjdump.catalog.RenderOptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctionRendererTest {

    @Test
    void createOrReplaceBecomesCreateAndGetsItsSemicolon() {
        assertEquals("CREATE FUNCTION a.f()\n RETURNS integer\n LANGUAGE sql\nAS $function$SELECT 1$function$;\n",
                FunctionRenderer.createStatement(
                        "CREATE OR REPLACE FUNCTION a.f()\n RETURNS integer\n LANGUAGE sql\nAS $function$SELECT 1$function$\n"));
    }

    @Test
    void aStandardBodyEndsWithEndAndASemicolon() {
        assertEquals("CREATE FUNCTION a.f(x integer)\n RETURNS integer\n LANGUAGE sql\nBEGIN ATOMIC\n SELECT (x + 1);\nEND;\n",
                FunctionRenderer.createStatement(
                        "CREATE OR REPLACE FUNCTION a.f(x integer)\n RETURNS integer\n LANGUAGE sql\nBEGIN ATOMIC\n SELECT (x + 1);\nEND\n"));
    }

    @Test
    void proceduresAreAlteredCommentedAndGrantedAsProcedures() {
        Function p = new Function(1, "a", "Do It", "alice", 'p',
                "CREATE OR REPLACE PROCEDURE a.\"Do It\"(INOUT x integer)\n LANGUAGE sql\nAS $procedure$SELECT 1$procedure$\n",
                "INOUT x integer", "does it", "{alice=X/alice}");
        String sql = FunctionRenderer.render(p, RenderOptions.defaults()).sql();
        assertTrue(sql.contains("ALTER PROCEDURE a.\"Do It\"(INOUT x integer) OWNER TO alice;\n"), sql);
        assertTrue(sql.contains("COMMENT ON PROCEDURE a.\"Do It\"(INOUT x integer) IS 'does it';\n"), sql);
        assertTrue(sql.contains("REVOKE ALL ON PROCEDURE a.\"Do It\"(INOUT x integer) FROM PUBLIC;\n"), sql);
        assertTrue(sql.contains("GRANT EXECUTE ON PROCEDURE a.\"Do It\"(INOUT x integer) TO alice;\n"), sql);
    }
}
