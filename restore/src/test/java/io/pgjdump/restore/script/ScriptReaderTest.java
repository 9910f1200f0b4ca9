package io.pgjdump.restore.script;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptReaderTest {

    /** Statements as "line: text", COPY data as "data: ..." and meta-commands as "meta: ...". */
    static List<String> read(String script) throws IOException {
        return read(script.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> read(byte[] script) throws IOException {
        List<String> out = new ArrayList<>();
        try (ScriptReader r = new ScriptReader(ScriptInput.open(new ByteArrayInputStream(script)))) {
            ScriptItem item;
            while ((item = r.next()) != null) {
                if (item instanceof Statement st) {
                    out.add(st.line() + ": " + st.text());
                    if (st.copyFromStdin()) {
                        ByteArrayOutputStream data = new ByteArrayOutputStream();
                        long lines = r.copyData(data::write);
                        out.add("data(" + lines + "): " + data.toString(StandardCharsets.UTF_8));
                    }
                } else if (item instanceof MetaCommand m) {
                    out.add(m.line() + ": meta " + m.name() + " " + m.args());
                }
            }
        }
        return out;
    }

    @Test
    void splitsOnSemicolonsOutsideEverything() throws IOException {
        assertEquals(List.of("1: SELECT 1", "1: SELECT 2", "2: SELECT\n3"), read("SELECT 1; SELECT 2;\nSELECT\n3;\n"));
    }

    @Test
    void dollarDollarInsideTaggedBodyIsText() throws IOException {
        String fn = "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $fn$\n"
                + "BEGIN RETURN $$a;b$$ || ';'; END;\n$fn$";
        assertEquals(List.of("1: " + fn, "4: SELECT 1"), read(fn + ";\nSELECT 1;"));
    }

    @Test
    void untaggedDollarQuotesAndDollarInIdentifiers() throws IOException {
        assertEquals(List.of("1: SELECT $$;$$, a$b, $1", "1: SELECT 2"), read("SELECT $$;$$, a$b, $1; SELECT 2;"));
    }

    @Test
    void semicolonsInCommentsAndStrings() throws IOException {
        String sql = "SELECT ';' -- not; the end\n, 'it''s; here' /* nor; this */";
        assertEquals(List.of("1: " + sql), read(sql + ";"));
    }

    @Test
    void escapeStringWithBackslashQuote() throws IOException {
        assertEquals(List.of("1: SELECT E'\\'; still' , e'\\\\'", "1: SELECT 2"),
                read("SELECT E'\\'; still' , e'\\\\'; SELECT 2;"));
    }

    @Test
    void backslashIsPlainInStandardStringsUntilTheScriptTurnsThemOff() throws IOException {
        assertEquals(List.of("1: SELECT 'a\\'", "1: SET standard_conforming_strings = off",
                        "2: SELECT 'b\\';c'", "2: SELECT 3"),
                read("SELECT 'a\\'; SET standard_conforming_strings = off;\nSELECT 'b\\';c'; SELECT 3;"));
    }

    @Test
    void nestedBlockComments() throws IOException {
        String sql = "SELECT /* outer /* inner; */ still; comment */ 1";
        assertEquals(List.of("1: " + sql), read(sql + ";"));
    }

    @Test
    void quotedIdentifierWithSemicolonAndQuote() throws IOException {
        List<String> items = read("CREATE TABLE \"a;\"\"b\" (x int);");
        assertEquals(List.of("1: CREATE TABLE \"a;\"\"b\" (x int)"), items);
    }

    @Test
    void quotedIdentifierTokenIsUnquoted() throws IOException {
        try (ScriptReader r = new ScriptReader(ScriptInput.open(
                new ByteArrayInputStream("CREATE TABLE \"a;\"\"b\" (x int);".getBytes(StandardCharsets.UTF_8))))) {
            Statement st = (Statement) r.next();
            assertEquals(new Token(Token.Type.QUOTED_IDENT, "a;\"b", 1, 0), st.token(2));
        }
    }

    @Test
    void copyBlockKeepsEscapedBackslashDotRows() throws IOException {
        String script = "COPY t (a) FROM stdin;\n\\\\.\nx\\\\.y\n\\.x\n\\.\nSELECT 1;\n";
        assertEquals(List.of("1: COPY t (a) FROM stdin", "data(3): \\\\.\nx\\\\.y\n\\.x\n", "6: SELECT 1"),
                read(script));
    }

    @Test
    void quotedBackslashDotInStatementIsNotATerminator() throws IOException {
        assertEquals(List.of("1: SELECT '\n\\.\n'", "4: SELECT 2"), read("SELECT '\n\\.\n';\nSELECT 2;"));
    }

    @Test
    void crlfLineEndings() throws IOException {
        String script = "SELECT 1;\r\nCOPY t FROM stdin;\r\na\tb\r\n\\.\r\nSELECT\r\n2;\r\n";
        assertEquals(List.of("1: SELECT 1", "2: COPY t FROM stdin", "data(1): a\tb\r\n", "5: SELECT\r\n2"),
                read(script));
    }

    @Test
    void fileWithoutFinalNewline() throws IOException {
        assertEquals(List.of("1: SELECT 1"), read("SELECT 1;"));
        assertEquals(List.of("1: COPY t FROM stdin", "data(1): a\n"), read("COPY t FROM stdin;\na\n\\."));
        assertEquals(List.of("1: SELECT 1"), read("SELECT 1; -- trailing comment"));
    }

    @Test
    void copyDetectionIgnoresCaseAndCommentsButNotFromFile() throws IOException {
        assertEquals(List.of("1: copy t from /* c */ STDIN", "data(1): 1\n"), read("copy t from /* c */ STDIN;\n1\n\\.\n"));
        assertEquals(List.of("1: COPY t FROM '/tmp/stdin'"), read("COPY t FROM '/tmp/stdin';"));
    }

    @Test
    void sqlStandardFunctionBodyKeepsItsSemicolons() throws IOException {
        String fn = "CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n"
                + " SELECT CASE WHEN true THEN 1 END;\n SELECT 2;\nEND";
        assertEquals(List.of("1: " + fn, "6: SELECT 3"), read(fn + ";\nSELECT 3;\n"));
    }

    @Test
    void semicolonsInsideParenthesesDoNotEndTheStatement() throws IOException {
        String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))";
        assertEquals(List.of("1: " + rule, "1: SELECT 2"), read(rule + "; SELECT 2;"));
    }

    @Test
    void prefixedStringsCastsAndOperators() throws IOException {
        String sql = "SELECT B'101', X'ff', N'n;', U&'\\0041;', 'a'::text, 1<>2, x->>'k;', $1::int";
        assertEquals(List.of("1: " + sql), read(sql + ";"));
    }

    @Test
    void metaCommands() throws IOException {
        assertEquals(List.of("1: meta connect [-reuse-previous=on, dbname='x y']", "2: SELECT 1"),
                read("\\connect -reuse-previous=on \"dbname='x y'\"\nSELECT 1;\n"));
    }

    @Test
    void restrictAndUnrestrictPairAndVanish() throws IOException {
        assertEquals(List.of("2: SELECT 1"), read("\\restrict abc\nSELECT 1;\n\\unrestrict abc\n"));
        ScriptException e = assertThrows(ScriptException.class, () -> read("\\restrict abc\nSELECT 1;\n"));
        assertTrue(e.getMessage().contains("\\restrict of line 1"), e.getMessage());
        assertThrows(ScriptException.class, () -> read("\\restrict abc\n\\unrestrict abd\n"));
    }

    @Test
    void errorsNameTheLine() {
        assertMessage("SELECT 1;\nSELECT 'abc;\n", 3, "string literal that starts at line 2");
        assertMessage("SELECT 1;\nCREATE FUNCTION f() AS $body$ x;\n\n", 4, "dollar-quoted string $body$");
        assertMessage("SELECT 1;\nINSERT INTO t VALUES (1)", 2, "no terminating semicolon");
        assertMessage("COPY t FROM stdin;\n1\n2\n", 4, "COPY at line 1");
        assertMessage("COPY t FROM stdin;\n1\n2", 3, "COPY at line 1");
        assertMessage("SELECT /* a /* b */ 1;\n", 2, "/* comment */");
        assertMessage("SELECT \"abc;\n", 2, "quoted identifier");
    }

    @Test
    void binaryGarbageIsRefusedWithOffset() {
        byte[] bytes = "SELECT 1;\nSEL\u0001ECT".getBytes(StandardCharsets.UTF_8);
        ScriptException e = assertThrows(ScriptException.class, () -> read(bytes));
        assertEquals(2, e.line());
        assertEquals(13, e.byteOffset());
        byte[] latin1 = "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1);
        ScriptException e2 = assertThrows(ScriptException.class, () -> read(latin1));
        assertTrue(e2.getMessage().contains("UTF-8"), e2.getMessage());
        assertEquals(11, e2.byteOffset());
    }

    @Test
    void namesFormatsItCannotRead() {
        ScriptException gzip = assertThrows(ScriptException.class,
                () -> read(new byte[]{0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3}));
        assertTrue(gzip.getMessage().contains("gzip"), gzip.getMessage());
        ScriptException archive = assertThrows(ScriptException.class,
                () -> read("PGDMP\u0001\u000e\u0000".getBytes(StandardCharsets.UTF_8)));
        assertTrue(archive.getMessage().contains("pg_restore"), archive.getMessage());
    }

    @Test
    void refusesOtherMeta() throws IOException {
        assertEquals(List.of("1: meta set [ON_ERROR_STOP, on]"), read("\\set ON_ERROR_STOP on\n"));
        assertThrows(ScriptException.class, () -> read("SELECT 1 \\g\n"));
    }

    @Test
    void tokensKeepLinesAndDepth() throws IOException {
        try (ScriptReader r = new ScriptReader(ScriptInput.open(new ByteArrayInputStream(
                "ALTER TABLE ONLY s.t\n  ADD CONSTRAINT k FOREIGN KEY (a, b) REFERENCES s.u(a, b);"
                        .getBytes(StandardCharsets.UTF_8))))) {
            Statement st = (Statement) r.next();
            assertTrue(st.startsWith("alter", "table", "only"));
            assertTrue(st.tokensComplete());
            assertFalse(st.copyFromStdin());
            Token add = st.token(6);
            assertEquals(new Token(Token.Type.WORD, "ADD", 2, 0), add);
            assertEquals(1, st.token(12).depth());
        }
    }

    private static void assertMessage(String script, int line, String fragment) {
        ScriptException e = assertThrows(ScriptException.class, () -> read(script), script);
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
