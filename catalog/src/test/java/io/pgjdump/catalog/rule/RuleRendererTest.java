package io.pgjdump.catalog.rule;

import io.pgjdump.catalog.RenderOptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleRendererTest {

    @Test
    void aDisabledRuleIsDisabledAfterItIsCreated() {
        Rule r = new Rule(1, 2, "a", "Base Table", 'r', "Log Insert",
                "CREATE RULE \"Log Insert\" AS\n    ON INSERT TO a.\"Base Table\" DO  NOTHING;", 'D', "audit");
        assertEquals("CREATE RULE \"Log Insert\" AS\n    ON INSERT TO a.\"Base Table\" DO  NOTHING;\n"
                        + "ALTER TABLE a.\"Base Table\" DISABLE RULE \"Log Insert\";\n"
                        + "COMMENT ON RULE \"Log Insert\" ON a.\"Base Table\" IS 'audit';\n",
                RuleRenderer.render(r, RenderOptions.defaults()).sql());
    }
}
