package io.pgjdump.dump;

import io.pgjdump.catalog.NotDumped;
import io.pgjdump.catalog.RenderOptions;
import io.pgjdump.catalog.Selection;
import io.pgjdump.testing.PgTestServer;
import io.pgjdump.testing.Psql;
import io.pgjdump.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extensions, collations, enum/domain/composite/range types, functions, procedures, aggregates,
 * views, materialized views and rules, with awkward names and dependencies across schemas
 * (including a function/view loop): dumped, replayed with psql into an empty database, compared.
 */
class SchemaObjectsRoundTripTest {

    @TempDir
    Path dir;

    static void load(TestDatabase db) throws Exception {
        db.executeResource("roundtrip/schema_objects.sql");
        if (PgTestServer.get().serverVersionNum() >= 150000) {
            // psql, because pgjdbc splits BEGIN ATOMIC ... END bodies at their inner semicolons
            Psql.assumeAvailable();
            Psql.replay(db, Path.of(SchemaObjectsRoundTripTest.class.getResource("/roundtrip/schema_objects_15.sql").toURI()));
        }
        if (PgTestServer.get().serverVersionNum() >= 160000) {
            db.executeResource("roundtrip/schema_objects_16.sql");
        }
        if (PgTestServer.get().serverVersionNum() >= 170000) {
            db.executeResource("roundtrip/schema_objects_17.sql");
        }
    }

    @Test
    void roundTripIsExact() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase();
             TestDatabase target = PgTestServer.get().createDatabase()) {
            load(source);
            Path file = dir.resolve("dump.sql");
            DumpResult result = RoundTrip.dump(source, file, DumpOptions.builder().jobs(2));
            assertEquals(List.of(), result.warnings(), "every dependency loop is broken, none reported");
            assertEquals(List.of(), result.notDumped());
            String script = Files.readString(file);
            assertFalse(script.contains("FUNCTION ext.hstore_in"), "extension members are not dumped");
            assertTrue(script.contains("CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA ext;"));
            assertTrue(script.indexOf("CREATE OR REPLACE VIEW a.cyc_view") > script.indexOf("COPY "),
                    "the view on the loop gets its real query in post-data");
            RoundTrip.replayWithPsql(file, target);
            RoundTrip.assertSameDatabase(source, target);
        }
    }

    @Test
    void schemaSelectionLeavesOutOtherSchemasAndTheirExtensions() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase()) {
            load(source);
            Path file = dir.resolve("a.sql");
            RoundTrip.dump(source, file, DumpOptions.builder().schemaOnly(true).selection(Selection.schemas("a")));
            String script = Files.readString(file);
            assertTrue(script.contains("CREATE TYPE a.\"Mood\" AS ENUM"));
            assertTrue(script.contains("CREATE AGGREGATE a.\"My Sum\"(integer)"));
            assertFalse(script.contains("\"B schema\".\"View Over A\" AS"), "views of other schemas stay out");
            assertFalse(script.contains("CREATE FUNCTION \"B schema\""), "functions of other schemas stay out");
            assertFalse(script.contains("CREATE EXTENSION"), "no extension lives in schema a");
            assertFalse(script.contains("RULE v_ins"), "rules follow their relation");
        }
    }

    @Test
    void noOwnerNoPrivilegesNoCommentsLeaveThemOut() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase()) {
            load(source);
            Path file = dir.resolve("bare.sql");
            RoundTrip.dump(source, file, DumpOptions.builder().schemaOnly(true)
                    .render(new RenderOptions(true, true, true)));
            String script = Files.readString(file);
            assertFalse(script.contains("OWNER TO"));
            assertFalse(script.contains("GRANT "));
            assertFalse(script.contains("REVOKE "));
            assertFalse(script.contains("COMMENT ON"));
        }
    }

    @Test
    void refreshingMaterializedViewsIsData() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase()) {
            load(source);
            Path schema = dir.resolve("schema.sql");
            Path data = dir.resolve("data.sql");
            RoundTrip.dump(source, schema, DumpOptions.builder().schemaOnly(true));
            RoundTrip.dump(source, data, DumpOptions.builder().dataOnly(true));
            assertFalse(Files.readString(schema).contains("REFRESH MATERIALIZED VIEW"), "no rows in --schema-only");
            assertTrue(Files.readString(schema).contains("CREATE MATERIALIZED VIEW a.mv_pop"));
            String rows = Files.readString(data);
            assertTrue(rows.contains("REFRESH MATERIALIZED VIEW a.mv_pop;"), "rows of materialized views in --data-only");
            assertFalse(rows.contains("CREATE MATERIALIZED VIEW"));
            assertFalse(rows.contains("REFRESH MATERIALIZED VIEW a.mv_empty"), "an empty one stays empty");
        }
    }

    @Test
    void extensionConfigurationTablesAreReportedForTheirRows() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase()) {
            // an extension's configuration table; pg_extension_config_dump() only runs inside an
            // extension script, so the catalog row is set the way it sets it
            source.execute("""
                    CREATE SCHEMA e;
                    CREATE EXTENSION hstore WITH SCHEMA e;
                    CREATE TABLE e.settings (k text);
                    ALTER EXTENSION hstore ADD TABLE e.settings;
                    UPDATE pg_catalog.pg_extension SET extconfig = ARRAY['e.settings'::regclass::oid],
                           extcondition = ARRAY['']
                     WHERE extname = 'hstore';
                    """);
            DumpResult result = RoundTrip.dump(source, dir.resolve("cfg.sql"), DumpOptions.builder().schemaOnly(true));
            assertEquals(List.of("TABLE DATA e.e.settings (extension hstore): rows of an extension's configuration"
                            + " table are not dumped by pgjdump (pg_dump dumps them)"),
                    result.notDumped().stream().map(NotDumped::describe).toList());
        }
    }

    @Test
    void shellTypesAreReportedNotSilentlyLeftOut() throws Exception {
        try (TestDatabase source = PgTestServer.get().createDatabase()) {
            source.execute("CREATE SCHEMA s; CREATE TYPE s.\"Lonely Shell\"; CREATE TYPE s.r AS RANGE (subtype = int4);");
            DumpResult result = RoundTrip.dump(source, dir.resolve("shell.sql"), DumpOptions.builder().schemaOnly(true));
            assertEquals(List.of("TYPE s.Lonely Shell: base types and shell types are not dumped by pgjdump"),
                    result.notDumped().stream().map(NotDumped::describe).toList(),
                    "the shell is reported; the range type's own casts and constructors are not");
        }
    }
}
