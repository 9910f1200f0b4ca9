package io.pgjdump.catalog;

/** pg_dump's three sections: what must exist before rows load, the rows, and what is built after. */
public enum Section {
    PRE_DATA, DATA, POST_DATA
}
