-- Extensions, collations, types, functions, aggregates, views, materialized views and rules,
-- with awkward names and dependencies that cross schemas. PostgreSQL 13 or later.
DO $$ BEGIN CREATE ROLE pgjdump_cat_a_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;

CREATE SCHEMA a;
CREATE SCHEMA "B schema";
CREATE SCHEMA ext;
CREATE SCHEMA "Ünïcødé ÿ";
CREATE EXTENSION hstore WITH SCHEMA ext;
CREATE EXTENSION pg_trgm WITH SCHEMA ext;
CREATE EXTENSION citext WITH SCHEMA public;
COMMENT ON EXTENSION hstore IS 'key/value pairs';
-- privileges changed on extension members after CREATE EXTENSION are dumped (as pg_dump does)
GRANT EXECUTE ON FUNCTION ext.akeys(ext.hstore) TO pgjdump_cat_a_reader;
REVOKE EXECUTE ON FUNCTION ext.similarity(text, text) FROM PUBLIC;

-- collations
CREATE COLLATION a."Ci Collation" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION a.c_posix (locale = 'C');
CREATE COLLATION "B schema"."select" (lc_collate = 'C', lc_ctype = 'POSIX');
COMMENT ON COLLATION a.c_posix IS 'posix order';

-- enums: labels that need quoting, a value added in the middle
CREATE TYPE a."Mood" AS ENUM ('sad', 'ok', 'it''s "fine"', 'back\slash', 'select', 'émoji 😀', '');
ALTER TYPE a."Mood" ADD VALUE 'meh' BEFORE 'ok';
COMMENT ON TYPE a."Mood" IS 'how we feel';
CREATE TYPE "Ünïcødé ÿ"."ÉtAt" AS ENUM ();
CREATE TYPE a.this_is_a_sixty_three_byte_identifier_for_testing_the_name_limi AS ENUM ('x');

-- domains: a check that calls a function, a NOT VALID constraint, a collation, a default
CREATE FUNCTION a.is_even(i integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT i % 2 = 0 $$;
CREATE DOMAIN a."Even Int" AS integer DEFAULT 2 NOT NULL
    CONSTRAINT "must be even" CHECK (a.is_even(VALUE)) CONSTRAINT positive CHECK (VALUE > 0);
ALTER DOMAIN a."Even Int" ADD CONSTRAINT small CHECK (VALUE < 1000000) NOT VALID;
COMMENT ON CONSTRAINT positive ON DOMAIN a."Even Int" IS 'no negatives';
CREATE DOMAIN a.ci_text AS text COLLATE a."Ci Collation";
CREATE DOMAIN "B schema"."Short Code" AS varchar(8) CHECK (VALUE ~ '^[A-Z]+$');
GRANT USAGE ON DOMAIN "B schema"."Short Code" TO pgjdump_cat_a_reader;

-- composite and range types
CREATE TYPE a."Point 3D" AS (x double precision, "Y" double precision, label text COLLATE "C", mood a."Mood");
COMMENT ON COLUMN a."Point 3D".label IS 'a name';
CREATE TYPE a.float_range AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE "B schema".text_range AS RANGE (subtype = text, collation = "C");
REVOKE USAGE ON TYPE "B schema".text_range FROM PUBLIC;
-- a canonical function takes the range type itself, so the type starts as a shell
CREATE TYPE a.int_canon;
CREATE FUNCTION a.int_canon_fn(a.int_canon) RETURNS a.int_canon
    LANGUAGE internal IMMUTABLE STRICT AS 'int4range_canonical';
CREATE TYPE a.int_canon AS RANGE (subtype = int4, canonical = a.int_canon_fn);

-- functions and procedures
CREATE FUNCTION "B schema"."Next Id"(step integer DEFAULT 1, OUT result bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog
    AS $$ BEGIN result := 42 + step; END $$;
COMMENT ON FUNCTION "B schema"."Next Id"(integer) IS 'the answer, plus a step';
CREATE FUNCTION a.add_em(VARIADIC nums integer[]) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF COST 5
    AS $$ SELECT sum(n)::integer FROM unnest(nums) AS n $$;
REVOKE ALL ON FUNCTION a.add_em(integer[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION a.add_em(integer[]) TO pgjdump_cat_a_reader WITH GRANT OPTION;
CREATE FUNCTION a.set_returning(n integer) RETURNS SETOF integer LANGUAGE sql STABLE ROWS 42
    AS 'SELECT generate_series(1, n)';
CREATE FUNCTION a."select"(p a."Point 3D", m a."Mood" DEFAULT 'ok') RETURNS a."Point 3D"
    LANGUAGE plpgsql AS $body$ BEGIN RETURN p; END $body$;
CREATE FUNCTION a.overloaded(integer) RETURNS text LANGUAGE sql AS 'SELECT ''int''';
CREATE FUNCTION a.overloaded(text) RETURNS text LANGUAGE sql AS 'SELECT ''text''';
CREATE PROCEDURE a."Do It"(INOUT x integer, IN "select" text DEFAULT 'a''b')
    LANGUAGE plpgsql AS $$ BEGIN x := x + 1; END $$;
COMMENT ON PROCEDURE a."Do It"(integer, text) IS 'a procedure';
REVOKE EXECUTE ON PROCEDURE a."Do It"(integer, text) FROM PUBLIC;
CREATE FUNCTION "Ünïcødé ÿ"."fünc"() RETURNS "Ünïcødé ÿ"."ÉtAt" LANGUAGE sql AS 'SELECT NULL::"Ünïcødé ÿ"."ÉtAt"';
CREATE FUNCTION a.window_fn(integer) RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE AS 'window_row_number';

-- aggregates
CREATE FUNCTION a.sum_state(state bigint, v integer) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS 'SELECT state + coalesce(v, 0)';
CREATE FUNCTION a.sum_inverse(state bigint, v integer) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS 'SELECT state - coalesce(v, 0)';
CREATE FUNCTION a.sum_final(state bigint) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT ''total: '' || state';
CREATE AGGREGATE a."My Sum"(integer) (
    SFUNC = a.sum_state, STYPE = bigint, FINALFUNC = a.sum_final, INITCOND = '0', COMBINEFUNC = int8pl,
    PARALLEL = SAFE, MSFUNC = a.sum_state, MINVFUNC = a.sum_inverse, MSTYPE = bigint, MFINALFUNC = a.sum_final,
    MINITCOND = '0');
COMMENT ON AGGREGATE a."My Sum"(integer) IS 'sums, movingly';
REVOKE ALL ON FUNCTION a."My Sum"(integer) FROM PUBLIC;
CREATE AGGREGATE a.my_max(integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);
CREATE AGGREGATE a.count_star(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0');
CREATE AGGREGATE "B schema".concat_all(text) (SFUNC = textcat, STYPE = text, INITCOND = 'it''s \ here');
CREATE AGGREGATE a.my_percentile(float8 ORDER BY float8) (
    SFUNC = ordered_set_transition, STYPE = internal, FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
CREATE AGGREGATE a.my_rank(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = ordered_set_transition_multi, STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA,
    HYPOTHETICAL);

-- tables that use all of the above, across schemas
CREATE TABLE a."Base Table" (
    id integer PRIMARY KEY,
    "Value" text,
    mood a."Mood" DEFAULT 'ok',
    n a."Even Int",
    p a."Point 3D",
    r a.float_range,
    h ext.hstore,
    ci citext,
    created bigint DEFAULT "B schema"."Next Id"(1),
    code "B schema"."Short Code",
    CONSTRAINT id_is_even_or_odd CHECK (a.is_even(id) OR NOT a.is_even(id))
);
CREATE INDEX base_value_trgm ON a."Base Table" USING gin ("Value" ext.gin_trgm_ops);
CREATE TABLE "B schema".uses_domain (
    n a."Even Int",
    moods a."Mood"[],
    ranges "B schema".text_range,
    canon a.int_canon,
    ct a.ci_text,
    "table" text COLLATE a."Ci Collation",
    CHECK (a.add_em(n, 1) > 0)
);
CREATE TABLE a.log (msg text);
-- an array of a table's row type: the edge goes to the array type, which the table provides
CREATE TABLE "B schema".aa_uses_rows (entries a.log[], point_list a."Point 3D"[]);
INSERT INTO "B schema".aa_uses_rows VALUES (ARRAY[ROW('x')::a.log], ARRAY[ROW(1, 2, 'p', 'ok')::a."Point 3D"]);

-- views: across schemas, options, check option, defaults on view columns, nested, grants
CREATE VIEW "B schema"."View Over A" WITH (security_barrier = true) AS
    SELECT id, "Value" FROM a."Base Table" WHERE id > 0;
COMMENT ON VIEW "B schema"."View Over A" IS 'a view in B over a table in a';
COMMENT ON COLUMN "B schema"."View Over A"."Value" IS 'the value';
GRANT SELECT ON "B schema"."View Over A" TO pgjdump_cat_a_reader;
GRANT UPDATE ("Value") ON "B schema"."View Over A" TO pgjdump_cat_a_reader;
CREATE VIEW "B schema".v_check AS SELECT id, mood FROM a."Base Table" WHERE id < 100 WITH LOCAL CHECK OPTION;
CREATE VIEW a.v_nested AS SELECT v.id, a.add_em(v.id, 1) AS s, a."My Sum"(v.id) OVER () AS running
    FROM "B schema"."View Over A" v;
ALTER VIEW a.v_nested ALTER COLUMN s SET DEFAULT 7;
CREATE VIEW a."Ünïcødé view" AS SELECT 'ÿ'::text COLLATE a.c_posix AS "ÿ";

-- a view whose row type a function takes, while the view calls the function: a loop
CREATE VIEW a.cyc_view AS SELECT 1 AS id, 'x'::text AS label;
CREATE FUNCTION a.cyc_fn(v a.cyc_view) RETURNS text LANGUAGE sql AS 'SELECT v.label';
CREATE OR REPLACE VIEW a.cyc_view AS
    SELECT s.id, s.label FROM (SELECT 1 AS id, 'x'::text AS label) s
    WHERE a.cyc_fn(ROW(s.id, s.label)::a.cyc_view) IS NOT NULL;
CREATE VIEW a.reads_cyc AS SELECT id FROM a.cyc_view;

-- a default calling a function that returns the table's row type, and a check passing the whole
-- row to a function: both loop through the table, so they leave CREATE TABLE
CREATE TABLE a.loop_t (id integer, n integer DEFAULT 0);
CREATE FUNCTION a.first_row() RETURNS a.loop_t LANGUAGE sql AS 'SELECT * FROM a.loop_t LIMIT 1';
ALTER TABLE a.loop_t ALTER COLUMN n SET DEFAULT coalesce((a.first_row()).id, 0);
CREATE TABLE a.loop_c (id integer, label text);
CREATE FUNCTION a.row_ok(r a.loop_c) RETURNS boolean LANGUAGE sql IMMUTABLE AS 'SELECT r.id IS NOT NULL OR r.label IS NULL';
ALTER TABLE a.loop_c ADD CONSTRAINT "Row OK" CHECK (a.row_ok(loop_c));
COMMENT ON CONSTRAINT "Row OK" ON a.loop_c IS 'whole row';

-- a partitioned table whose key the partitions inherit: each partition's key is attached
CREATE TABLE "B schema".measurements (id integer, at date, v a."Even Int", PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE "B schema".measurements_2024 PARTITION OF "B schema".measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "B schema".measurements_rest PARTITION OF "B schema".measurements DEFAULT;

-- views that read each other (legal to create, recursive only when queried)
CREATE VIEW a.mutual_1 AS SELECT 1 AS x;
CREATE VIEW a.mutual_2 AS SELECT x FROM a.mutual_1;
CREATE OR REPLACE VIEW a.mutual_1 AS SELECT 1 AS x WHERE false UNION ALL SELECT x FROM a.mutual_2 WHERE false;

-- GROUP BY a primary key only: the views need the key, which is created in post-data
CREATE TABLE "B schema".grouped (id integer PRIMARY KEY, name text);
CREATE VIEW "B schema".by_pk AS SELECT id, name, count(*) AS n FROM "B schema".grouped GROUP BY id;
CREATE MATERIALIZED VIEW "B schema".mv_by_pk AS SELECT id, name FROM "B schema".grouped GROUP BY id;
CREATE INDEX mv_by_pk_name ON "B schema".mv_by_pk (name);
-- and what reads them must follow them into post-data
CREATE VIEW "B schema".over_mv_by_pk AS SELECT id FROM "B schema".mv_by_pk;
CREATE MATERIALIZED VIEW a.mv_over_mv_by_pk AS SELECT count(*) AS n FROM "B schema".over_mv_by_pk;

-- names with double quotes inside, and a 63-byte function name
CREATE DOMAIN a."quo""ted ""domain""" AS text CHECK (VALUE <> '"');
CREATE FUNCTION a."say ""hi"""(who a."quo""ted ""domain""") RETURNS text LANGUAGE sql AS $$ SELECT 'hi "' || who || '"' $$;
CREATE AGGREGATE a."quo""ted agg"(text) (SFUNC = textcat, STYPE = text);
CREATE VIEW "B schema"."quo""ted view" AS SELECT a."say ""hi"""('x') AS "col ""1""";
CREATE FUNCTION a.a_function_name_that_is_exactly_sixty_three_bytes_long_abcdefgh() RETURNS integer
    LANGUAGE sql AS 'SELECT 63';
COMMENT ON FUNCTION a.a_function_name_that_is_exactly_sixty_three_bytes_long_abcdefgh() IS 'sixty-three';

-- materialized views: populated (with an index), empty, and one over another
CREATE MATERIALIZED VIEW a.mv_pop AS SELECT id, "Value" FROM a."Base Table";
CREATE UNIQUE INDEX mv_pop_id ON a.mv_pop (id);
CREATE MATERIALIZED VIEW a.mv_empty WITH (fillfactor = 50) AS SELECT 1 AS x WITH NO DATA;
CREATE MATERIALIZED VIEW "B schema".mv_over_mv AS SELECT count(*) AS c FROM a.mv_pop;
CREATE MATERIALIZED VIEW "B schema"."MV over view" AS SELECT id FROM a.reads_cyc;
COMMENT ON MATERIALIZED VIEW a.mv_pop IS 'populated';

-- rules on a table and on a view, one disabled
CREATE RULE "Log Insert" AS ON INSERT TO a."Base Table" DO ALSO INSERT INTO a.log VALUES ('inserted ' || NEW.id);
ALTER TABLE a."Base Table" DISABLE RULE "Log Insert";
COMMENT ON RULE "Log Insert" ON a."Base Table" IS 'audit';
CREATE RULE v_ins AS ON INSERT TO "B schema"."View Over A"
    DO INSTEAD INSERT INTO a."Base Table" (id, "Value") VALUES (NEW.id, NEW."Value");

-- an INSTEAD OF trigger on a view
CREATE FUNCTION a.v_check_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO a."Base Table" (id, mood) VALUES (NEW.id, NEW.mood);
    RETURN NEW;
END $$;
CREATE TRIGGER "Instead Insert" INSTEAD OF INSERT ON "B schema".v_check FOR EACH ROW EXECUTE FUNCTION a.v_check_insert();

INSERT INTO a."Base Table" (id, "Value", mood, n, p, r, h, ci, code) VALUES
    (1, 'one', 'it''s "fine"', 4, ROW(1, 2, 'a', 'sad'), '[1.5,2.5)', 'a=>1, "b c"=>NULL', 'MiXeD', 'AB'),
    (2, 'two', '', 8, NULL, 'empty', NULL, NULL, NULL),
    (3, NULL, 'émoji 😀', 2, ROW(NULL, NULL, NULL, NULL), NULL, '', 'x', 'Z');
INSERT INTO "B schema".uses_domain VALUES
    (2, '{sad,ok,"back\\slash"}', '[a,b)', '[1,5]', 'Hello', 'World'),
    (4, NULL, NULL, NULL, NULL, NULL);
INSERT INTO "B schema".grouped VALUES (1, 'one'), (2, 'two');
INSERT INTO "B schema".measurements VALUES (1, '2024-05-01', 2), (2, '2030-01-01', 4);
INSERT INTO a.loop_t (id) VALUES (5);
INSERT INTO a.loop_t (id) VALUES (6);
INSERT INTO a.loop_c VALUES (1, 'x');
REFRESH MATERIALIZED VIEW a.mv_pop;
REFRESH MATERIALIZED VIEW "B schema".mv_by_pk;
REFRESH MATERIALIZED VIEW a.mv_over_mv_by_pk;
REFRESH MATERIALIZED VIEW "B schema".mv_over_mv;
