package io.pgjdump.restore.exec;

import io.pgjdump.restore.script.ScriptException;
import io.pgjdump.restore.script.ScriptInput;
import io.pgjdump.restore.script.ScriptReader;
import io.pgjdump.restore.script.Statement;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ClassifierTest {

    static Statement statement(String sql) throws IOException {
        try (ScriptReader r = new ScriptReader(ScriptInput.open(
                new ByteArrayInputStream(sql.getBytes(StandardCharsets.UTF_8))))) {
            return (Statement) r.next();
        }
    }

    static Classified classify(String sql) throws IOException {
        return Classifier.classify(statement(sql));
    }

    @Test
    void indexesAndTheirTables() throws IOException {
        assertEquals(new Classified(statement("CREATE INDEX i ON ONLY public.\"T\" USING btree (a);"), Kind.INDEX,
                List.of("public.\"T\"")), classify("CREATE INDEX i ON ONLY public.\"T\" USING btree (a);"));
        assertEquals(List.of("s.t"), classify("create unique index if not exists i on S.t (lower(a));").tables());
        assertEquals(Kind.INDEX, classify("CREATE INDEX ON t (a);").kind());
    }

    @Test
    void keysAndForeignKeys() throws IOException {
        Classified pk = classify("ALTER TABLE ONLY public.orders\n    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);");
        assertEquals(Kind.KEY, pk.kind());
        assertEquals(List.of("public.orders"), pk.tables());
        assertEquals(Kind.KEY, classify("ALTER TABLE t ADD CONSTRAINT x EXCLUDE USING gist (r WITH &&);").kind());
        Classified fk = classify("ALTER TABLE ONLY public.c ADD CONSTRAINT c_fk FOREIGN KEY (a, b) "
                + "REFERENCES public.p(a, b) ON DELETE CASCADE;");
        assertEquals(Kind.FOREIGN_KEY, fk.kind());
        assertEquals(List.of("public.c", "public.p"), fk.tables());
    }

    @Test
    void anythingUnusualRunsAloneInOrder() throws IOException {
        assertEquals(Kind.OTHER, classify("ALTER TABLE t ADD CONSTRAINT a UNIQUE (x), ADD CONSTRAINT b UNIQUE (y);").kind());
        assertEquals(Kind.OTHER, classify("ALTER TABLE t ADD CONSTRAINT a PRIMARY KEY USING INDEX i;").kind());
        assertEquals(Kind.KEY, classify("ALTER TABLE t ADD CONSTRAINT a PRIMARY KEY (id) USING INDEX TABLESPACE x;").kind());
        assertEquals(Kind.OTHER, classify("ALTER INDEX public.p ATTACH PARTITION public.c;").kind());
        assertEquals(Kind.OTHER, classify("ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);").kind());
        assertEquals(Kind.OTHER, classify("ALTER TABLE t OWNER TO x;").kind());
        assertEquals(Kind.OTHER, classify("CREATE TRIGGER x AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();").kind());
    }

    @Test
    void settings() throws IOException {
        assertEquals(Kind.SETTING, classify("SET statement_timeout = 0;").kind());
        assertEquals(Kind.SETTING, classify("SELECT pg_catalog.set_config('search_path', '', false);").kind());
        assertEquals(Kind.SETTING, classify("SET session_replication_role = replica;").kind());
        assertEquals(Kind.SETTING, classify("RESET search_path;").kind());
        assertEquals(Kind.OTHER, classify("SELECT pg_catalog.set_config('search_path', '', true);").kind());
        assertEquals(Kind.OTHER, classify("SET LOCAL work_mem = '1GB';").kind());
        assertEquals(Kind.OTHER, classify("SELECT pg_catalog.setval('s', 1, true);").kind());
        assertEquals(Kind.SETTING, classify("SET client_encoding = 'UTF8';").kind());
        assertThrows(ScriptException.class, () -> classify("SET client_encoding = 'LATIN1';"));
    }

    @Test
    void transactionsAndCopy() throws IOException {
        assertEquals(Kind.TRANSACTION_START, classify("BEGIN;").kind());
        assertEquals(Kind.TRANSACTION_END, classify("COMMIT;").kind());
        assertEquals(Kind.OTHER, classify("ROLLBACK TO SAVEPOINT a;").kind());
        Classified copy = classify("COPY public.\"Weird;Name\" (\"col\"\"q\", \"select\") FROM stdin;\n\\.\n");
        assertEquals(Kind.COPY, copy.kind());
        assertEquals(List.of("public.\"Weird;Name\""), copy.tables());
    }

    @Test
    void dropsForClean() throws IOException {
        assertEquals("DROP FUNCTION IF EXISTS public.f(a integer, b character varying ( 10 ), VARIADIC c text [ ]) CASCADE",
                drop("CREATE FUNCTION public.f(a integer, b character varying(10) DEFAULT 'x'::text, "
                        + "VARIADIC c text[] = '{}') RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;", true));
        assertEquals("DROP TABLE public.t CASCADE", drop("CREATE UNLOGGED TABLE public.t (a int);", false));
        assertEquals("DROP MATERIALIZED VIEW IF EXISTS s.\"M v\" CASCADE",
                drop("CREATE MATERIALIZED VIEW s.\"M v\" AS SELECT 1 WITH NO DATA;", true));
        assertEquals("DROP VIEW IF EXISTS public.v CASCADE", drop("CREATE OR REPLACE VIEW public.v AS SELECT 1;", true));
        assertEquals("DROP EXTENSION IF EXISTS pgcrypto CASCADE",
                drop("CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;", true));
        assertEquals("DROP AGGREGATE IF EXISTS public.agg(integer) CASCADE",
                drop("CREATE AGGREGATE public.agg(integer) (SFUNC = int4pl, STYPE = integer);", true));
        StringBuilder wide = new StringBuilder("CREATE TABLE public.wide (");
        for (int i = 0; i < 300; i++) {
            wide.append(i == 0 ? "" : ", ").append("c").append(i).append(" integer");
        }
        assertEquals("DROP TABLE IF EXISTS public.wide CASCADE", drop(wide + ");", true));
        assertNull(DropPlanner.drop(statement("CREATE INDEX i ON t (a);"), true));
        assertNull(DropPlanner.drop(statement("CREATE TRIGGER x AFTER INSERT ON t EXECUTE FUNCTION f();"), true));
    }

    @Test
    void connectForms() {
        ConnectCheck check = new ConnectCheck("db1", "alice");
        check.check(meta("\\connect -reuse-previous=on \"dbname='db1'\""));
        check.check(meta("\\connect db1"));
        check.check(meta("\\c - alice"));
        check.check(meta("\\connect -reuse-previous=on \"dbname='db1' user=alice\""));
        assertThrows(ScriptException.class, () -> check.check(meta("\\connect db2")));
        assertThrows(ScriptException.class, () -> check.check(meta("\\connect - bob")));
        assertThrows(ScriptException.class, () -> check.check(meta("\\set x 1")));
        assertEquals("a b'c", ConnectCheck.conninfo("host=h dbname='a b\\'c' user=u", "dbname", null));
    }

    private static io.pgjdump.restore.script.MetaCommand meta(String line) {
        try (ScriptReader r = new ScriptReader(ScriptInput.open(
                new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8))))) {
            return (io.pgjdump.restore.script.MetaCommand) r.next();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String drop(String sql, boolean ifExists) throws IOException {
        return DropPlanner.drop(statement(sql), ifExists).sql();
    }
}
