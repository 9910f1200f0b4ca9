-- PostgreSQL 16 added ICU tailoring rules to collations.
CREATE COLLATION a."Ruled ICU" (provider = icu, locale = 'und', rules = '&a < g');
CREATE TABLE a.ruled (t text COLLATE a."Ruled ICU");
INSERT INTO a.ruled VALUES ('a'), ('g'), ('b');
