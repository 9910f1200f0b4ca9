-- Run on both the source and the empty target: roles (cluster-wide, so created idempotently) and
-- the functions the triggers, policies and event triggers call, in a schema the dump leaves out
-- (-N pgjb_helpers) because functions are another kind's job.
DO $$ BEGIN CREATE ROLE pgjb_alice; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE "pgjb Bob ""Ünïcode"""; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

CREATE SCHEMA pgjb_helpers;

CREATE FUNCTION pgjb_helpers.touch() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    -- a dollar-quoted body with a $ inside: 'it''s $1'
    RETURN NEW;
END
$body$;

CREATE FUNCTION pgjb_helpers."Statement Level"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NULL;
END
$$;

CREATE FUNCTION pgjb_helpers.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    NULL;
END
$$;

CREATE FUNCTION pgjb_helpers.visible(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 IS NOT NULL $$;

-- a foreign-data wrapper validator (foreign.sql)
CREATE FUNCTION pgjb_helpers.validate(text[], oid) RETURNS void LANGUAGE plpgsql AS $$ BEGIN END $$;

-- a cast function (database_objects.sql)
CREATE FUNCTION pgjb_helpers."Bool To Num"(boolean) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN $1 THEN 1 ELSE 0 END $$;
