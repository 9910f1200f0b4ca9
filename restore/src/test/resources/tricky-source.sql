-- A source database with the data and objects that break naive replayers.
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE app.customers (
    id bigserial PRIMARY KEY,
    name text NOT NULL,
    email text UNIQUE,
    mood app.mood,
    note text
);

CREATE TABLE app.tricky (
    id int PRIMARY KEY,
    t text,
    b bytea,
    n numeric,
    ts timestamptz,
    d date,
    j jsonb,
    arr text[]
);

INSERT INTO app.tricky VALUES
    (1, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
    (2, '', '\x'::bytea, 'NaN', 'infinity', 'infinity', '{}', '{}'),
    (3, E'tab\there', NULL, '-1.5e-20', '-infinity', '-infinity', '{"a": "b;c"}', ARRAY['x', NULL, '']),
    (4, E'new\nline\r\nand cr', NULL, 12345678901234567890.123456789, '2024-02-29 12:34:56.789+00', '2000-01-01', 'null', ARRAY['"q"', E'\\']),
    (5, E'back\\slash \\N \\. end', NULL, 0, NULL, NULL, '[1, "\\u00e9"]', NULL),
    (6, '\N', NULL, NULL, NULL, NULL, NULL, NULL),
    (7, E'\\.', NULL, NULL, NULL, NULL, NULL, NULL),
    (8, '\.', NULL, NULL, NULL, NULL, NULL, NULL),
    (9, 'emoji 🐘😀 and ünïcödé and 中文', NULL, NULL, NULL, NULL, NULL, NULL),
    (10, $q$dollar $$ inside; 'quotes' and "double"$q$, NULL, NULL, NULL, NULL, NULL, NULL);
UPDATE app.tricky SET b = (SELECT decode(string_agg(lpad(to_hex(g), 2, '0'), '' ORDER BY g), 'hex')
                           FROM generate_series(0, 255) g) WHERE id = 1;

INSERT INTO app.customers (name, email, mood, note)
SELECT 'customer ' || g, 'c' || g || '@example.com', (ARRAY['sad', 'ok', 'happy'])[1 + g % 3]::app.mood,
       CASE WHEN g % 7 = 0 THEN NULL WHEN g % 7 = 1 THEN '' ELSE E'note\t' || g END
FROM generate_series(1, 2000) g;

CREATE TABLE app.orders (
    id int PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES app.customers (id),
    amount numeric(12, 2),
    created timestamptz DEFAULT now()
);
INSERT INTO app.orders SELECT g, 1 + g % 2000, g * 1.25, timestamptz '2024-01-01' + g * interval '1 minute'
FROM generate_series(1, 20000) g;
CREATE INDEX orders_customer_idx ON app.orders (customer_id);
CREATE INDEX orders_created_idx ON app.orders (created DESC);
CREATE UNIQUE INDEX customers_lower_email ON app.customers (lower(email));

CREATE TABLE app.order_notes (
    order_id int REFERENCES app.orders (id) ON DELETE CASCADE,
    customer_email text REFERENCES app.customers (email),
    body text
);
INSERT INTO app.order_notes SELECT g, 'c' || (1 + g % 2000) || '@example.com', repeat('x;', g % 50)
FROM generate_series(1, 3000) g;

CREATE FUNCTION app.f_dollar(x text) RETURNS text LANGUAGE plpgsql AS $fn$
BEGIN
    RETURN x || $$;$$ || ';' || '{fn now()}';
END;
$fn$;

CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.created := coalesce(NEW.created, now());
    RETURN NEW;
END;
$$;
CREATE TRIGGER orders_touch BEFORE INSERT ON app.orders FOR EACH ROW EXECUTE FUNCTION app.touch();

CREATE VIEW app.big_orders AS SELECT o.id, c.name, o.amount FROM app.orders o JOIN app.customers c ON c.id = o.customer_id
WHERE o.amount > 100;
CREATE MATERIALIZED VIEW app.order_totals AS SELECT customer_id, sum(amount) AS total FROM app.orders GROUP BY customer_id;

CREATE TABLE app.events (
    id int NOT NULL,
    at date NOT NULL,
    payload text,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.events_2025 PARTITION OF app.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_payload_idx ON app.events (payload);
INSERT INTO app.events SELECT g, date '2024-01-01' + (g % 700), 'event ' || g FROM generate_series(1, 5000) g;

CREATE TABLE public."Weird;Name" ("col""q" text, "select" int);
INSERT INTO public."Weird;Name" VALUES ('a;b', 1), (NULL, NULL);

COMMENT ON TABLE app.orders IS 'it''s; a comment with $$ and \. inside';
COMMENT ON COLUMN app.orders.amount IS E'line one\nline two';
