-- Dataset "mixed": one big table (~700 MiB), a wide table with text, jsonb and bytea (~400 MiB),
-- and 150 small tables, the shape of many application databases.
CREATE TABLE public.orders (
    id bigint PRIMARY KEY,
    customer integer NOT NULL,
    placed timestamp with time zone NOT NULL,
    total numeric(12,2) NOT NULL,
    status text NOT NULL,
    ref text
);
INSERT INTO public.orders
SELECT i, (i * 7919) % 50000, timestamptz '2023-01-01' + i * interval '7 seconds',
       ((i * 37) % 1000000) / 100.0, (ARRAY['new','paid','shipped','done'])[1 + i % 4], md5(i::text)
FROM generate_series(1::bigint, 7000000) i;

CREATE TABLE public.documents (
    id integer PRIMARY KEY,
    title text NOT NULL,
    body text NOT NULL,
    attrs jsonb NOT NULL,
    thumb bytea,
    tags text[]
);
INSERT INTO public.documents
SELECT i, 'Document ' || i,
       repeat('Lorem ipsum dolor sit amet, ' || md5(i::text) || E'\ttab and\nnewline ', 6),
       jsonb_build_object('id', i, 'owner', 'user' || (i % 977), 'score', i % 100,
                          'labels', jsonb_build_array('a' || i % 7, 'b' || i % 11), 'note', md5((i * 3)::text)),
       decode(md5(i::text) || md5((i + 1)::text) || md5((i + 2)::text), 'hex'),
       ARRAY['t' || i % 13, 't' || i % 17]
FROM generate_series(1, 450000) i;

DO $$
BEGIN
    FOR n IN 1..150 LOOP
        EXECUTE format('CREATE TABLE public.small_%s (id integer PRIMARY KEY, name text NOT NULL, '
                       'value double precision, created date NOT NULL, flag boolean)', n);
        EXECUTE format('INSERT INTO public.small_%s SELECT i, %L || i, i * 1.5, date ''2020-01-01'' + i %% 1000, '
                       'i %% 2 = 0 FROM generate_series(1, %s) i', n, 'row ', 200 + n * 20);
    END LOOP;
END $$;
VACUUM ANALYZE;
