-- Foreign-data wrappers, servers, user mappings and foreign tables (no extension needed: a wrapper
-- without a handler accepts DDL, it just cannot be queried). Needs post_data.sql and its helpers.
CREATE FOREIGN DATA WRAPPER pgjb_dummy;
CREATE FOREIGN DATA WRAPPER "pgjb Wrapper ""2""" OPTIONS (debug 'true', "Odd Key" 'it''s \ back');
CREATE FOREIGN DATA WRAPPER pgjb_validated VALIDATOR pgjb_helpers.validate;
GRANT USAGE ON FOREIGN DATA WRAPPER pgjb_dummy TO pgjb_alice;
COMMENT ON FOREIGN DATA WRAPPER pgjb_dummy IS 'wrapper comment';

CREATE SERVER "pgjb Server" TYPE 'kind' VERSION '1.0' FOREIGN DATA WRAPPER pgjb_dummy OPTIONS (host 'h', port '5432');
ALTER SERVER "pgjb Server" OWNER TO pgjb_alice;
GRANT USAGE ON FOREIGN SERVER "pgjb Server" TO "pgjb Bob ""Ünïcode""";
COMMENT ON SERVER "pgjb Server" IS 'server comment';
CREATE SERVER plain_srv FOREIGN DATA WRAPPER "pgjb Wrapper ""2""";
CREATE SERVER validated_srv FOREIGN DATA WRAPPER pgjb_validated;

CREATE USER MAPPING FOR PUBLIC SERVER "pgjb Server";
CREATE USER MAPPING FOR pgjb_alice SERVER "pgjb Server" OPTIONS (user 'alice', password 's3cret''q');
CREATE USER MAPPING FOR "pgjb Bob ""Ünïcode""" SERVER plain_srv;

CREATE FOREIGN TABLE "Odd Schema ""q"""."Foreign ""T""" (
    id integer OPTIONS (column_name 'ID') NOT NULL,
    "Name" text COLLATE "C" DEFAULT 'x',
    g integer GENERATED ALWAYS AS (id * 2) STORED,
    CONSTRAINT positive CHECK (id > 0)
) SERVER "pgjb Server" OPTIONS (schema_name 'remote', table_name 'T');
ALTER FOREIGN TABLE "Odd Schema ""q"""."Foreign ""T""" OWNER TO pgjb_alice;
GRANT SELECT ON "Odd Schema ""q"""."Foreign ""T""" TO "pgjb Bob ""Ünïcode""";
GRANT UPDATE ("Name") ON "Odd Schema ""q"""."Foreign ""T""" TO pgjb_alice;
COMMENT ON FOREIGN TABLE "Odd Schema ""q"""."Foreign ""T""" IS 'foreign comment';
COMMENT ON COLUMN "Odd Schema ""q"""."Foreign ""T""".id IS 'remote ID';
CREATE FOREIGN TABLE public.empty_foreign () SERVER plain_srv;
-- what hangs on a foreign table: a trigger (with its state), a statistics object, a default from a sequence
CREATE SEQUENCE public.remote_ids;
CREATE FOREIGN TABLE public.remote_rows (id bigint DEFAULT nextval('public.remote_ids'), v text) SERVER plain_srv;
CREATE TRIGGER remote_touch BEFORE INSERT ON public.remote_rows FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
ALTER FOREIGN TABLE public.remote_rows DISABLE TRIGGER remote_touch;
CREATE STATISTICS public.remote_stats ON id, v FROM public.remote_rows;
