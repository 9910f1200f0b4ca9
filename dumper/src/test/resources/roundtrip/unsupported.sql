-- Objects pgjdump cannot represent yet: each must be reported, never silently left out.
CREATE FOREIGN DATA WRAPPER pgjb_dummy;
CREATE SERVER "pgjb Server" FOREIGN DATA WRAPPER pgjb_dummy;
CREATE USER MAPPING FOR PUBLIC SERVER "pgjb Server";
-- wrappers, servers, mappings and plain foreign tables are dumped; a foreign partition is not
CREATE TABLE public.parted (a integer) PARTITION BY LIST (a);
CREATE FOREIGN TABLE public."Foreign ""T""" PARTITION OF public.parted FOR VALUES IN (1) SERVER "pgjb Server";
SELECT pg_catalog.lo_create(0);
CREATE FUNCTION public.int_eq(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 = $2 $$;
CREATE OPERATOR public.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.int_eq);
CREATE TEXT SEARCH CONFIGURATION public.pgjb_cfg (COPY = pg_catalog.english);
CREATE ACCESS METHOD pgjb_heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE public.other_am (a integer) USING pgjb_heap2;
CREATE TABLE public.plain (a integer);
INSERT INTO public.plain VALUES (1);
CREATE TYPE public.pgjb_pair AS (a integer, b text);
CREATE TABLE public.typed OF public.pgjb_pair;
ALTER TABLE public.plain ALTER COLUMN a SET STATISTICS 200;
ALTER TABLE public.plain ALTER COLUMN a SET (n_distinct = 5);
