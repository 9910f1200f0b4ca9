-- Rows: users (whose profiles the trigger creates), identities, sign-in state that must not be
-- dumped (every such row carries the marker LEFTOUT), storage metadata and app rows.

INSERT INTO auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
                        raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
SELECT '00000000-0000-0000-0000-000000000000',
       ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
       'authenticated', 'authenticated', 'user' || g || '@example.com',
       '$2a$10$' || substr(md5('pw' || g) || md5('salt' || g), 1, 53),
       CASE WHEN g % 5 <> 0 THEN timestamptz '2024-01-01 00:00:00+00' + g * interval '1 hour' END,
       '{"provider": "email", "providers": ["email"]}',
       jsonb_build_object('full_name', 'User ' || g || E' O''Brien \\ "q"\ttab', 'avatar_url',
                          'https://example.com/a/' || g || '.png'),
       timestamptz '2024-01-01 00:00:00+00' + g * interval '1 hour',
       timestamptz '2024-02-01 00:00:00+00' + g * interval '1 hour'
FROM generate_series(1, 25) g;
UPDATE public.profiles SET username = 'user_' || substr(id::text, 25) WHERE right(id::text, 1) IN ('1', '3', '5');

INSERT INTO auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
SELECT u.id::text, u.id, jsonb_build_object('sub', u.id::text, 'email', upper(u.email)), 'email',
       u.created_at, u.created_at
FROM auth.users u;
INSERT INTO auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
SELECT 'gh-' || right(u.id::text, 4), u.id, jsonb_build_object('login', 'octo' || right(u.id::text, 2)), 'github',
       u.created_at, u.created_at
FROM auth.users u WHERE right(u.id::text, 1) IN ('2', '7');

INSERT INTO auth.sessions
SELECT ('00000000-5e55-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
       timestamptz '2024-03-01 00:00:00+00', timestamptz '2024-03-01 00:00:00+00', NULL
FROM generate_series(1, 6) g;
INSERT INTO auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, session_id)
SELECT NULL, 'LEFTOUT-token-' || g, 'u' || g, false, now(), now(),
       ('00000000-5e55-4000-8000-' || lpad((1 + g % 6)::text, 12, '0'))::uuid
FROM generate_series(1, 9) g;
INSERT INTO auth.mfa_amr_claims
SELECT ('00000000-5e55-4000-8000-' || lpad(g::text, 12, '0'))::uuid, now(), now(), 'LEFTOUT-password',
       ('00000000-a3c0-4000-8000-' || lpad(g::text, 12, '0'))::uuid
FROM generate_series(1, 4) g;
INSERT INTO auth.session_devices
VALUES ('00000000-5e55-4000-8000-000000000002', 'LEFTOUT-agent');
INSERT INTO auth.one_time_tokens
VALUES ('00000000-0770-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001', 'LEFTOUT-otp', now());
INSERT INTO auth.mfa_factors
VALUES ('00000000-f4c7-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001', 'phone app', 'totp',
        'verified', '2024-01-05 00:00:00+00', '2024-01-05 00:00:00+00', 'JBSWY3DPEHPK3PXP');
INSERT INTO auth.audit_log_entries
SELECT NULL, ('00000000-a0d1-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
       json_build_object('action', 'login', 'actor_id', g), timestamptz '2024-01-01 00:00:00+00' + g * interval '1 day',
       '10.0.0.' || g
FROM generate_series(1, 10) g;

INSERT INTO storage.buckets (id, name, public, created_at, updated_at)
VALUES ('avatars', 'avatars', true, '2024-01-01 00:00:00+00', '2024-01-01 00:00:00+00'),
       ('documents', 'documents', false, '2024-01-01 00:00:00+00', '2024-01-01 00:00:00+00');
INSERT INTO storage.objects (id, bucket_id, name, owner, owner_id, created_at, updated_at, last_accessed_at, metadata)
SELECT ('00000000-0b1e-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
       CASE WHEN g <= 6 THEN 'avatars' ELSE 'documents' END,
       CASE g WHEN 7 THEN 'Résumé (final) v1.pdf' WHEN 8 THEN 'レポート/2024/q1.pdf'
              WHEN 9 THEN 'with space/and#hash%percent.txt' WHEN 10 THEN E'backslash\\name\\x.bin'
              ELSE 'u' || g || '/avatar.png' END,
       ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(g::text, 12, '0')),
       '2024-01-02 00:00:00+00', '2024-01-02 00:00:00+00', '2024-01-02 00:00:00+00',
       jsonb_build_object('size', g * 1000, 'mimetype', 'image/png')
FROM generate_series(1, 10) g;
INSERT INTO storage.s3_multipart_uploads VALUES ('LEFTOUT-upload', 'documents', 'big.bin', now());

INSERT INTO public.todos (user_id, task, is_complete, inserted_at)
SELECT ('00000000-0000-4000-8000-' || lpad((1 + g % 25)::text, 12, '0'))::uuid,
       'task number ' || g || CASE WHEN g % 7 = 0 THEN E' with\nnewline and ''quote''' ELSE '' END,
       g % 3 = 0, timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute'
FROM generate_series(1, 40) g;
INSERT INTO public.attachments (todo_id, object_id)
SELECT g, ('00000000-0b1e-4000-8000-' || lpad(g::text, 12, '0'))::uuid FROM generate_series(1, 5) g;
INSERT INTO public.device_sessions
SELECT ('00000000-5e55-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'LEFTOUT-device-' || g
FROM generate_series(1, 3) g;
INSERT INTO public.device_notes VALUES (1, '00000000-5e55-4000-8000-000000000001', 'LEFTOUT-note');
INSERT INTO app.settings SELECT id, 'dark' FROM auth.users WHERE right(id::text, 1) IN ('4', '8');

INSERT INTO realtime.schema_migrations VALUES (20211116024918, '2024-01-01 00:00:00');
INSERT INTO realtime.messages (topic, extension) VALUES ('LEFTOUT-room', 'broadcast');
INSERT INTO vault.secrets (name, secret) VALUES ('stripe', 'LEFTOUT-secret');
INSERT INTO supabase_migrations.schema_migrations VALUES ('20240101000000', ARRAY['create table x()'], 'LEFTOUT-init');
INSERT INTO _platform_internal.state VALUES ('LEFTOUT-k', 'v');
