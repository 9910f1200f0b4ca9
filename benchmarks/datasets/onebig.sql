-- Dataset "onebig": one table of about 1.2 GiB (pg_relation_size), nothing else.
-- Typical OLTP columns, so the server's output functions cost what they cost in real life.
CREATE TABLE public.events (
    id bigint NOT NULL,
    account integer NOT NULL,
    at timestamp with time zone NOT NULL,
    amount numeric(12,2) NOT NULL,
    kind text NOT NULL,
    note text
);
INSERT INTO public.events
SELECT i, (i * 7919) % 100000, timestamptz '2024-01-01' + i * interval '1 second',
       ((i * 37) % 1000000) / 100.0, md5(i::text), 'event ' || i || ' ' || repeat(chr(97 + (i % 26)::int), 40)
FROM generate_series(1::bigint, 8000000) i;
ALTER TABLE public.events ADD PRIMARY KEY (id);
VACUUM ANALYZE public.events;
