package io.pgjdump.restore.verify;

import io.pgjdump.restore.script.ScriptException;
import io.pgjdump.restore.script.ScriptInput;
import io.pgjdump.restore.script.ScriptItem;
import io.pgjdump.restore.script.ScriptReader;
import io.pgjdump.restore.script.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckLineTest {

    private static final String HEX = "0123456789abcdef0123456789abcdef";

    @Test
    void plainNamesAreQuoted() {
        CheckLine line = new CheckLine("public", "orders", List.of("id", "note"), 123, HEX);
        assertEquals("-- pgjdump:check \"public\".\"orders\" rows=123 digest=" + HEX + " columns=\"id\",\"note\"",
                line.format());
        assertEquals("COPY \"public\".\"orders\" (\"id\", \"note\") TO STDOUT", line.copyOutSql());
        assertEquals(line, CheckLine.parse(line.format()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space", "a.b", "quo\"te", "\"\"", "semi;colon rows=1 digest=x", "back\\slash",
            "new\nline", "cr\rand\ttab", "U&\"x\"", "ünïcødé", "comma,", ""})
    void anyNameRoundTripsOnOneLine(String name) {
        CheckLine line = new CheckLine(name, name + "2", List.of(name, "x", name), 7, HEX);
        String text = line.format();
        assertFalse(text.contains("\n") || text.contains("\r"), text);
        assertEquals(line, CheckLine.parse(text));
        assertEquals(line, CheckLine.parse(text + "\r"), "a CRLF file");
    }

    @Test
    void noColumns() {
        CheckLine line = new CheckLine("s", "t", List.of(), 3, HEX);
        assertEquals(line, CheckLine.parse(line.format()));
        assertEquals("COPY \"s\".\"t\" TO STDOUT", line.copyOutSql());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-- pgjdump:check public.t rows=1 digest=" + HEX + " columns=\"a\"",
            "-- pgjdump:check \"s\".\"t\" rows=x digest=" + HEX + " columns=",
            "-- pgjdump:check \"s\".\"t\" rows=1 digest=abc columns=",
            "-- pgjdump:check \"s\".\"t rows=1 digest=" + HEX + " columns=",
            "-- pgjdump:check \"s\".\"t\" rows=1 digest=" + HEX + " columns=\"a\" \"b\""})
    void damagedLinesAreRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> CheckLine.parse(text));
    }

    @Test
    void readerCollectsCheckCommentsWithoutChangingStatements() throws IOException {
        CheckLine a = new CheckLine("s p", "t\"1", List.of("id"), 2, HEX);
        String script = "CREATE TABLE t (id int);\nCOPY t (id) FROM stdin;\n1\n2\n\\.\n\n" + a.format() + "\n\n"
                + "-- pgjdump:checkered is just a comment\n-- pgjdump:check\nSELECT 1;\n";
        List<String> statements = new ArrayList<>();
        List<CheckLine> checks;
        try (ScriptReader r = new ScriptReader(ScriptInput.open(
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8))))) {
            ScriptItem item;
            while ((item = r.next()) != null) {
                statements.add(((Statement) item).text());
            }
            checks = r.checks();
        }
        assertEquals(List.of("CREATE TABLE t (id int)", "COPY t (id) FROM stdin", "SELECT 1"), statements);
        assertEquals(List.of(a), checks);
    }

    @Test
    void aDamagedCheckCommentIsAScriptError() throws IOException {
        String script = "SELECT 1;\n-- pgjdump:check \"s\".\"t\" rows=1\nSELECT 2;\n";
        try (ScriptReader r = new ScriptReader(ScriptInput.open(
                new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8))))) {
            r.next();
            ScriptException e = assertThrows(ScriptException.class, r::next);
            assertTrue(e.getMessage().contains("pgjdump:check"), e.getMessage());
        }
    }
}
