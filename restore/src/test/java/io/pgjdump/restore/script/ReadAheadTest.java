package io.pgjdump.restore.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A script parsed ahead must read exactly as one parsed as it goes: the same items, lines, COPY
 * data and extents, and a damaged script fails at the same item with the same message, only when
 * that item is reached.
 */
class ReadAheadTest {

    @TempDir
    Path dir;

    private static final String SCRIPT = """
            SET client_encoding = 'UTF8';
            CREATE TABLE t (a int, b text);
            COPY t (a, b) FROM stdin;
            1\tone
            2\t\\\\.not the end
            \\.
            -- pgjdump:check "public"."t" rows=2 digest=00000000000000000000000000000000 columns="a","b"
            CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT ';' $$;
            COPY t (a, b) FROM stdin;
            3\tthree
            \\.
            \\connect -reuse-previous=on "dbname='x'"
            SELECT 1;
            """;

    @Test
    void readingAheadReadsTheSameAsReadingOnTheWay() throws Exception {
        Path file = Files.writeString(dir.resolve("s.sql"), SCRIPT);
        List<String> expected = readAll(file, 0, false);
        for (int ahead : new int[]{1, 3, 100}) {
            assertEquals(expected, readAll(file, ahead, false), "items read ahead: " + ahead);
            assertEquals(readAll(file, 0, true), readAll(file, ahead, true), "extents, items read ahead: " + ahead);
        }
        assertTrue(expected.toString().contains("not the end"), "a row starting with an escaped \\. is data");
    }

    @Test
    void aDamagedScriptFailsWhereItIsDamagedNotWhenReadAhead() throws Exception {
        String cut = SCRIPT.substring(0, SCRIPT.indexOf("3\tthree") + 4);
        Path file = Files.writeString(dir.resolve("cut.sql"), cut);
        ScriptException expected = assertThrows(ScriptException.class, () -> readAll(file, 0, false));
        try (ReadAhead r = new ReadAhead(new ScriptReader(ScriptInput.open(file)), file)) {
            r.fill(() -> true);
            // everything before the damage still comes out, as it would without reading ahead
            int items = 0;
            while (!(r.next() instanceof Statement s && s.text().startsWith("CREATE FUNCTION"))) {
                items++;
            }
            assertEquals(3, items);
            // the COPY whose data is cut fails as a whole, before any of its rows could be sent
            ScriptException e = assertThrows(ScriptException.class, () -> {
                r.next();
                r.copyData(CopySink.DISCARD);
            });
            assertEquals(expected.getMessage(), e.getMessage());
        }
    }

    /**
     * Parsing ahead may be asked for at any point, also just after a COPY statement was read
     * without reading ahead (the restore does so while it waits for the checksum): the COPY's
     * data must still be there for its caller.
     */
    @Test
    void readingAheadRightAfterACopyStatementKeepsItsData() throws Exception {
        Path file = Files.writeString(dir.resolve("s.sql"), SCRIPT);
        try (ReadAhead r = new ReadAhead(new ScriptReader(ScriptInput.open(file)), file)) {
            r.next();
            r.next();
            assertTrue(((Statement) r.next()).copyFromStdin());
            r.fill(() -> true);
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            assertEquals(2, r.copyData(data::write));
            assertTrue(data.toString(StandardCharsets.UTF_8).startsWith("1\tone\n"), data.toString(StandardCharsets.UTF_8));
            r.fill(() -> true);
            assertTrue(((Statement) r.next()).text().startsWith("CREATE FUNCTION"));
        }
    }

    /** Every item with its line, and each COPY's data (or extent); {@code ahead} items are parsed first. */
    private static List<String> readAll(Path file, int ahead, boolean extents) throws Exception {
        List<String> out = new ArrayList<>();
        try (ReadAhead r = new ReadAhead(new ScriptReader(ScriptInput.open(file)), file)) {
            int[] budget = {ahead};
            r.fill(() -> budget[0]-- > 0);
            ScriptItem item;
            while ((item = r.next()) != null) {
                out.add(item.line() + ": " + (item instanceof Statement s ? s.text() : item.toString()));
                if (item instanceof Statement s && s.copyFromStdin()) {
                    int dataLine = r.line();
                    if (extents) {
                        out.add(dataLine + " " + r.skipCopyData());
                    } else {
                        ByteArrayOutputStream data = new ByteArrayOutputStream();
                        long lines = r.copyData(data::write);
                        out.add(dataLine + " " + lines + " " + data.toString(StandardCharsets.UTF_8));
                    }
                }
            }
            out.add("checks " + r.checks().size());
        }
        return out;
    }
}
