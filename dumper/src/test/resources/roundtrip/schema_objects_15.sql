-- What PostgreSQL 15 added to the kinds of schema_objects.sql: SQL-standard function bodies
-- (14), multirange names (14), security_invoker views (15).
CREATE FUNCTION a.atomic_fn(x integer) RETURNS integer LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT x + (SELECT count(*)::integer FROM a.log);
END;
CREATE TYPE a.date_span AS RANGE (subtype = date, multirange_type_name = a."Date Spans");
CREATE VIEW a.v_invoker WITH (security_invoker = true) AS SELECT a.atomic_fn(id) AS f FROM a."Base Table";
CREATE TABLE a.spans (s a."Date Spans", t a.date_span[]);
INSERT INTO a.spans VALUES ('{[2024-01-01,2024-02-01)}', '{"[2024-01-01,2024-01-05)"}');
