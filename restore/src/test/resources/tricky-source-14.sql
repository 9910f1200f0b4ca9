-- Added to tricky-source.sql on PostgreSQL 14 and newer: a SQL-standard function body, whose
-- semicolons do not end the CREATE FUNCTION statement.
CREATE FUNCTION app.add_one(i int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
    SELECT i + 1;
    SELECT CASE WHEN i > 0 THEN i ELSE -i END;
END;
