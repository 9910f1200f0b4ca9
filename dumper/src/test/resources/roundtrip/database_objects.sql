-- Objects of the whole database: publications (all shapes), default privileges, event triggers.
-- Needs post_data.sql (its tables) and post_data_helpers.sql (roles, functions) first.
CREATE PUBLICATION pub_all FOR ALL TABLES;
CREATE PUBLICATION "Pub Mixed ""Ünï""" FOR TABLE public.accounts,
    "Odd Schema ""q"""."Table Named With Exactly Sixty Three Bytes Ünicode zzzzzzzzzzz"
    WITH (publish = 'insert, update');
ALTER PUBLICATION "Pub Mixed ""Ünï""" OWNER TO pgjb_alice;
COMMENT ON PUBLICATION "Pub Mixed ""Ünï""" IS 'mixed; it''s commented';
CREATE PUBLICATION pub_root FOR TABLE public.events WITH (publish_via_partition_root = true, publish = 'delete');
CREATE PUBLICATION "select" WITH (publish = '');
-- 15 added row filters, column lists and TABLES IN SCHEMA
DO $$
BEGIN
    IF pg_catalog.current_setting('server_version_num')::int >= 150000 THEN
        EXECUTE $sql$CREATE PUBLICATION pub_filtered FOR TABLE public.accounts (id, balance, "Select")
                     WHERE (balance > 0 AND "Select" <> 'x') WITH (publish = 'insert')$sql$;
        EXECUTE $sql$CREATE PUBLICATION pub_schema FOR TABLES IN SCHEMA "Odd Schema ""q""", public$sql$;
        EXECUTE $sql$CREATE PUBLICATION pub_both FOR TABLES IN SCHEMA "Odd Schema ""q""",
                     TABLE public.events_2024 WHERE (id IS NOT NULL)$sql$;
    END IF;
END
$$;

ALTER DEFAULT PRIVILEGES FOR ROLE pgjb_alice GRANT SELECT ON TABLES TO "pgjb Bob ""Ünïcode""";
ALTER DEFAULT PRIVILEGES FOR ROLE pgjb_alice REVOKE TRUNCATE ON TABLES FROM pgjb_alice;
ALTER DEFAULT PRIVILEGES FOR ROLE pgjb_alice REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE pgjb_alice GRANT USAGE ON SEQUENCES TO PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE pgjb_alice REVOKE USAGE ON TYPES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE pgjb_alice GRANT CREATE ON SCHEMAS TO "pgjb Bob ""Ünïcode""" WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE "pgjb Bob ""Ünïcode""" IN SCHEMA "Odd Schema ""q"""
    GRANT INSERT, UPDATE ON TABLES TO pgjb_alice WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE "pgjb Bob ""Ünïcode""" IN SCHEMA "Odd Schema ""q"""
    GRANT SELECT ON TABLES TO PUBLIC;
-- for the role that runs the replay: written after every table, or the tables would gain this grant
ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER GRANT SELECT ON TABLES TO pgjb_alice;
ALTER DEFAULT PRIVILEGES FOR ROLE pgjb_alice IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO "pgjb Bob ""Ünïcode""";

CREATE EVENT TRIGGER "Ev Trïg ""1""" ON ddl_command_start WHEN TAG IN ('CREATE TABLE', 'DROP TABLE')
    EXECUTE FUNCTION pgjb_helpers.on_ddl();
ALTER EVENT TRIGGER "Ev Trïg ""1""" DISABLE;
COMMENT ON EVENT TRIGGER "Ev Trïg ""1""" IS 'event trigger comment';
CREATE EVENT TRIGGER on_drop ON sql_drop EXECUTE FUNCTION pgjb_helpers.on_ddl();
ALTER EVENT TRIGGER on_drop ENABLE ALWAYS;
CREATE EVENT TRIGGER "end" ON ddl_command_end EXECUTE FUNCTION pgjb_helpers.on_ddl();
ALTER EVENT TRIGGER "end" ENABLE REPLICA;

-- casts (between built-in types, so the helpers' schema is all they need)
CREATE CAST (boolean AS numeric) WITH FUNCTION pgjb_helpers."Bool To Num"(boolean) AS ASSIGNMENT;
COMMENT ON CAST (boolean AS numeric) IS 'cast comment';
CREATE CAST (xid AS cid) WITHOUT FUNCTION;
CREATE CAST (inet AS bytea) WITH INOUT AS IMPLICIT;
