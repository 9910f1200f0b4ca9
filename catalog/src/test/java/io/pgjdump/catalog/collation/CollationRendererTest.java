package io.pgjdump.catalog.collation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CollationRendererTest {

    @Test
    void libcWithOneLocaleOrTwo() {
        assertEquals(List.of("provider = libc", "locale = 'C'"), CollationRenderer.properties(
                new Collation(1, "a", "c", "alice", 'c', true, "C", "C", null, null, null)));
        assertEquals(List.of("provider = libc", "lc_collate = 'C'", "lc_ctype = 'POSIX'"), CollationRenderer.properties(
                new Collation(1, "a", "c", "alice", 'c', true, "C", "POSIX", null, null, null)));
    }

    @Test
    void icuNondeterministicWithRules() {
        assertEquals(List.of("provider = icu", "deterministic = false", "locale = 'und-u-ks-level2'",
                        "rules = '&a < b'"),
                CollationRenderer.properties(new Collation(1, "a", "ci", "alice", 'i', false, null, null,
                        "und-u-ks-level2", "&a < b", null)));
    }

    @Test
    void builtinProvider() {
        assertEquals(List.of("provider = builtin", "locale = 'C.UTF-8'"), CollationRenderer.properties(
                new Collation(1, "a", "b", "alice", 'b', true, null, null, "C.UTF-8", null, null)));
    }
}
