-- What a project's owner adds: an app in public and in a schema of their own, a trigger on
-- auth.users, policies on storage tables, and tables in the supabase_realtime publication.

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;

CREATE TABLE public.profiles (
    id uuid NOT NULL PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
    username text UNIQUE,
    full_name text,
    avatar_url text,
    updated_at timestamptz
);
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
-- narrower than the default privileges: a restore must not widen them again
REVOKE ALL ON public.profiles FROM anon, authenticated;
GRANT SELECT ON public.profiles TO anon, authenticated;
GRANT UPDATE (username, full_name) ON public.profiles TO authenticated;

CREATE FUNCTION public.handle_new_user() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = ''
    AS $$
BEGIN
    INSERT INTO public.profiles (id, full_name, avatar_url)
    VALUES (new.id, new.raw_user_meta_data ->> 'full_name', new.raw_user_meta_data ->> 'avatar_url');
    RETURN new;
END
$$;
CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users
    FOR EACH ROW EXECUTE FUNCTION public.handle_new_user();

CREATE TABLE public.todos (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES auth.users (id),
    task text CHECK (char_length(task) > 3),
    is_complete boolean DEFAULT false,
    inserted_at timestamptz NOT NULL DEFAULT now(),
    fts tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(task, ''))) STORED
);
CREATE INDEX todos_task_trgm ON public.todos USING gin (task extensions.gin_trgm_ops);

CREATE TABLE public.attachments (
    id bigserial PRIMARY KEY,
    todo_id bigint REFERENCES public.todos (id) ON DELETE CASCADE,
    object_id uuid REFERENCES storage.objects (id) ON DELETE SET NULL
);

-- rows that reference sign-in sessions cannot load without them: left out with them
CREATE TABLE public.device_sessions (
    session_id uuid NOT NULL PRIMARY KEY REFERENCES auth.sessions (id) ON DELETE CASCADE,
    device text
);
CREATE TABLE public.device_notes (
    id integer PRIMARY KEY,
    session_id uuid REFERENCES public.device_sessions (session_id),
    note text
);

REVOKE ALL ON public.device_notes FROM anon;
REVOKE EXECUTE ON FUNCTION public.handle_new_user() FROM anon, authenticated;

CREATE SCHEMA app;
CREATE TABLE app.settings (
    user_id uuid NOT NULL PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
    theme text NOT NULL DEFAULT 'light'
);

CREATE POLICY "Avatar images are publicly accessible." ON storage.objects
    FOR SELECT USING (bucket_id = 'avatars');
CREATE POLICY "Users upload their own avatar." ON storage.objects
    FOR INSERT TO authenticated WITH CHECK (bucket_id = 'avatars' AND (SELECT auth.uid()) = owner);
CREATE POLICY "Public buckets are visible" ON storage.buckets
    FOR SELECT TO authenticated USING (public);

ALTER PUBLICATION supabase_realtime ADD TABLE public.todos, app.settings;
