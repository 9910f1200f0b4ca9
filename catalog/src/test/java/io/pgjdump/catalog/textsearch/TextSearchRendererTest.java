package io.pgjdump.catalog.textsearch;

import io.pgjdump.catalog.RenderOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextSearchRendererTest {

    private static final RenderOptions BARE = new RenderOptions(true, true, true);

    @Test
    void dictionaryWithStoredOptions() {
        TextSearchDictionary d = new TextSearchDictionary(1, "S s", "D", "alice", "pg_catalog.simple",
                "stopwords = 'english', accept = 'false'", null);
        assertEquals("""
                CREATE TEXT SEARCH DICTIONARY "S s"."D" (
                    TEMPLATE = pg_catalog.simple,
                    stopwords = 'english', accept = 'false' );
                """, TextSearchRenderer.render(d, BARE).sql());
    }

    @Test
    void configurationFromItsParserThenOneMappingPerTokenType() {
        TextSearchConfiguration c = new TextSearchConfiguration(2, "s", "cfg", "alice", "pg_catalog.\"default\"",
                List.of(new TextSearchConfiguration.Mapping("asciiword", List.of("s.\"My Dict\"", "english_stem")),
                        new TextSearchConfiguration.Mapping("int", List.of("simple"))), null);
        assertEquals("""
                CREATE TEXT SEARCH CONFIGURATION s.cfg (
                    PARSER = pg_catalog."default" );
                ALTER TEXT SEARCH CONFIGURATION s.cfg
                    ADD MAPPING FOR asciiword WITH s."My Dict", english_stem;
                ALTER TEXT SEARCH CONFIGURATION s.cfg
                    ADD MAPPING FOR "int" WITH simple;
                """, TextSearchRenderer.render(c, BARE).sql());
    }
}
