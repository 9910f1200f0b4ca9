-- PostgreSQL 17 added the builtin collation provider and named domain NOT NULL constraints.
CREATE COLLATION a.builtin_c (provider = builtin, locale = 'C');
CREATE DOMAIN a.named_not_null AS text CONSTRAINT "must be there" NOT NULL COLLATE a.builtin_c;
CREATE TABLE a.uses_builtin (t text COLLATE a.builtin_c, d a.named_not_null);
INSERT INTO a.uses_builtin VALUES ('x', 'y');
