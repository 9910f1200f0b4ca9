package io.pgjdump.catalog.trigger;

import io.pgjdump.catalog.RenderOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TriggerRendererTest {

    private static final String DEF = "CREATE TRIGGER \"T x\" AFTER INSERT ON public.t FOR EACH ROW EXECUTE FUNCTION f()";

    @Test
    void enabledStatesAndComment() {
        Trigger t = new Trigger(1, 2, "public", "t", 'r', "T x", DEF, 'R', 3, "it's", List.of());
        assertEquals(DEF + ";\n"
                + "ALTER TABLE public.t ENABLE REPLICA TRIGGER \"T x\";\n"
                + "COMMENT ON TRIGGER \"T x\" ON public.t IS 'it''s';\n",
                TriggerRenderer.render(t, RenderOptions.defaults()).sql());
        Trigger disabled = new Trigger(1, 2, "public", "t", 'r', "T x", DEF, 'D', 3, "c", List.of());
        assertEquals(DEF + ";\nALTER TABLE public.t DISABLE TRIGGER \"T x\";\n",
                TriggerRenderer.render(disabled, new RenderOptions(false, false, true)).sql());
    }

    @Test
    void inheritedTriggerIsOnlyItsStateAndComesAfterItsAncestors() {
        Trigger t = new Trigger(5, 6, "public", "part", 'r', "T x", DEF, 'O', 3, null, List.of(4L, 1L));
        var item = TriggerRenderer.render(t, RenderOptions.defaults());
        assertEquals("ALTER TABLE public.part ENABLE TRIGGER \"T x\";\n", item.sql());
        assertEquals(true, item.needs().contains(new io.pgjdump.catalog.ObjectKey("pg_trigger", 1)));
    }
}
