-- Triggers of every shape, row-level security policies and statistics objects, with awkward names.
CREATE SCHEMA "Odd Schema ""q""";

CREATE TABLE public.accounts (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    balance numeric NOT NULL DEFAULT 0,
    "Select" text
);
INSERT INTO public.accounts VALUES (1, 'pgjb_alice', 10, 'a'), (2, 'someone', 20, NULL);

CREATE TABLE "Odd Schema ""q"""."Table Named With Exactly Sixty Three Bytes Ünicode zzzzzzzzzzz" (
    id integer,
    "user" text,
    "Naïve Column" text
);
INSERT INTO "Odd Schema ""q"""."Table Named With Exactly Sixty Three Bytes Ünicode zzzzzzzzzzz" VALUES (1, 'u', 'n');

CREATE TABLE public.events (id integer, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- row triggers, BEFORE and AFTER, with arguments
CREATE TRIGGER "Before Row" BEFORE INSERT OR UPDATE ON public.accounts
    FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch('arg one', 'it''s', '$1');
CREATE TRIGGER after_delete_row AFTER DELETE ON public.accounts
    FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
-- statement level, TRUNCATE
CREATE TRIGGER "select" AFTER TRUNCATE ON public.accounts
    FOR EACH STATEMENT EXECUTE FUNCTION pgjb_helpers."Statement Level"();
-- UPDATE OF with WHEN
CREATE TRIGGER balance_changed BEFORE UPDATE OF balance, "Select" ON public.accounts
    FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance) EXECUTE FUNCTION pgjb_helpers.touch();
-- transition tables
CREATE TRIGGER with_new_rows AFTER INSERT ON public.accounts
    REFERENCING NEW TABLE AS "New Rows" FOR EACH STATEMENT EXECUTE FUNCTION pgjb_helpers."Statement Level"();
CREATE TRIGGER with_old_and_new AFTER UPDATE ON public.accounts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION pgjb_helpers."Statement Level"();
-- constraint trigger, deferrable
CREATE CONSTRAINT TRIGGER "Deferred Check" AFTER INSERT OR UPDATE ON public.accounts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
CREATE CONSTRAINT TRIGGER immediate_check AFTER DELETE ON public.accounts
    DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
-- enabled states
CREATE TRIGGER disabled_one AFTER INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
ALTER TABLE public.accounts DISABLE TRIGGER disabled_one;
CREATE TRIGGER replica_one AFTER INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
ALTER TABLE public.accounts ENABLE REPLICA TRIGGER replica_one;
CREATE TRIGGER always_one AFTER INSERT ON public.accounts FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
ALTER TABLE public.accounts ENABLE ALWAYS TRIGGER always_one;
-- awkward names and comments
CREATE TRIGGER trigger_named_with_exactly_sixty_three_bytes_xxxxxxxxxxxxxxxxxx
    BEFORE INSERT ON "Odd Schema ""q"""."Table Named With Exactly Sixty Three Bytes Ünicode zzzzzzzzzzz"
    FOR EACH ROW WHEN (NEW."user" IS NOT NULL) EXECUTE FUNCTION pgjb_helpers.touch();
CREATE TRIGGER "Trïggér ""quoted""" AFTER UPDATE OF "Naïve Column"
    ON "Odd Schema ""q"""."Table Named With Exactly Sixty Three Bytes Ünicode zzzzzzzzzzz"
    FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
COMMENT ON TRIGGER "Before Row" ON public.accounts IS 'fires before; it''s commented';
COMMENT ON TRIGGER "Trïggér ""quoted""" ON "Odd Schema ""q"""."Table Named With Exactly Sixty Three Bytes Ünicode zzzzzzzzzzz"
    IS 'ünïcode comment';
-- a trigger on a partitioned table (the partitions' clones come with it) and one of a partition's own
CREATE TRIGGER events_audit AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
CREATE TRIGGER only_2025 BEFORE INSERT ON public.events_2025 FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
-- a partition's inherited trigger whose enabled state (or comment) differs from its parent's
ALTER TABLE public.events_2024 DISABLE TRIGGER events_audit;
CREATE TRIGGER events_replica AFTER UPDATE ON public.events FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
ALTER TABLE public.events ENABLE REPLICA TRIGGER events_replica;
ALTER TABLE public.events_2025 ENABLE TRIGGER events_replica;
COMMENT ON TRIGGER events_audit ON public.events_2025 IS 'a partition''s own comment on an inherited trigger';

-- INSTEAD OF triggers on a view (their state cannot be changed: ALTER TABLE refuses views)
CREATE VIEW public."Accounts View" AS SELECT id, owner_name FROM public.accounts;
CREATE TRIGGER "Instead Of Insert" INSTEAD OF INSERT ON public."Accounts View"
    FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
CREATE TRIGGER instead_of_update INSTEAD OF UPDATE OR DELETE ON public."Accounts View"
    FOR EACH ROW EXECUTE FUNCTION pgjb_helpers.touch();
COMMENT ON TRIGGER instead_of_update ON public."Accounts View" IS 'on a view';

-- row-level security
ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.accounts FORCE ROW LEVEL SECURITY;
ALTER TABLE "Odd Schema ""q"""."Table Named With Exactly Sixty Three Bytes Ünicode zzzzzzzzzzz" ENABLE ROW LEVEL SECURITY;

CREATE POLICY "own rows" ON public.accounts FOR ALL TO pgjb_alice
    USING (owner_name = CURRENT_USER) WITH CHECK (balance >= 0);
CREATE POLICY restrict_visible ON public.accounts AS RESTRICTIVE FOR SELECT TO PUBLIC
    USING (pgjb_helpers.visible(owner_name));
CREATE POLICY "insert" ON public.accounts FOR INSERT TO pgjb_alice, "pgjb Bob ""Ünïcode"""
    WITH CHECK (balance < 1000 AND "Select" IS DISTINCT FROM 'x');
CREATE POLICY upd ON public.accounts FOR UPDATE TO "pgjb Bob ""Ünïcode""", PUBLIC
    USING (true) WITH CHECK (balance > 0);
CREATE POLICY del ON public.accounts AS RESTRICTIVE FOR DELETE USING (id > 1);
CREATE POLICY policy_named_with_exactly_sixty_three_bytes_yyyyyyyyyyyyyyyyyyy
    ON "Odd Schema ""q"""."Table Named With Exactly Sixty Three Bytes Ünicode zzzzzzzzzzz"
    USING ("user" = CURRENT_USER);
COMMENT ON POLICY "own rows" ON public.accounts IS 'owners see their rows';

-- extended statistics
CREATE STATISTICS "Odd Schema ""q""".dep_stats (dependencies, ndistinct)
    ON id, "user" FROM "Odd Schema ""q"""."Table Named With Exactly Sixty Three Bytes Ünicode zzzzzzzzzzz";
ALTER STATISTICS "Odd Schema ""q""".dep_stats SET STATISTICS 500;
COMMENT ON STATISTICS "Odd Schema ""q""".dep_stats IS 'statistics comment';
-- in another schema than its table: goes with its schema, not with the table
CREATE STATISTICS "Odd Schema ""q""".cross_schema ON id, balance FROM public.accounts;
CREATE STATISTICS public."Plain Stats" ON owner_name, balance FROM public.accounts;
ALTER STATISTICS public."Plain Stats" OWNER TO pgjb_alice;

-- text search: a dictionary with options, a configuration copied from english and then changed,
-- and an index and a generated column that use the configuration
CREATE TEXT SEARCH DICTIONARY "Odd Schema ""q"""."Simple Dict" (TEMPLATE = pg_catalog.simple, STOPWORDS = english, ACCEPT = false);
COMMENT ON TEXT SEARCH DICTIONARY "Odd Schema ""q"""."Simple Dict" IS 'dictionary comment';
CREATE TEXT SEARCH CONFIGURATION "Odd Schema ""q""".pgjb_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION "Odd Schema ""q""".pgjb_english
    ALTER MAPPING FOR word, asciiword WITH "Odd Schema ""q"""."Simple Dict", english_stem;
ALTER TEXT SEARCH CONFIGURATION "Odd Schema ""q""".pgjb_english DROP MAPPING FOR url;
ALTER TEXT SEARCH CONFIGURATION "Odd Schema ""q""".pgjb_english OWNER TO pgjb_alice;
COMMENT ON TEXT SEARCH CONFIGURATION "Odd Schema ""q""".pgjb_english IS 'configuration comment';
CREATE TABLE public.documents (
    id integer PRIMARY KEY,
    body text,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('"Odd Schema ""q""".pgjb_english'::regconfig, body)) STORED
);
INSERT INTO public.documents (id, body) VALUES (1, 'The quick brown foxes jumped');
CREATE INDEX documents_body_fts ON public.documents USING gin (to_tsvector('"Odd Schema ""q""".pgjb_english'::regconfig, body));
