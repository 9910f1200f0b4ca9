package io.pgjdump.restore.exec;

/** What the executor needs to know about a statement to decide where and when it may run. */
enum Kind {
    /** A session setting: runs on the main connection and is replayed on every worker. */
    SETTING,
    /** BEGIN, COMMIT and friends: while a script transaction is open everything stays on main. */
    TRANSACTION_START,
    TRANSACTION_END,
    /** COPY ... FROM stdin: its rows follow in the script. */
    COPY,
    /** CREATE [UNIQUE] INDEX: may build beside others, even on the same table. */
    INDEX,
    /** ALTER TABLE ... ADD CONSTRAINT ... PRIMARY KEY / UNIQUE / EXCLUDE. */
    KEY,
    /** ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY: after the keys it may reference. */
    FOREIGN_KEY,
    /** Anything else: runs alone, in file order, on the main connection. */
    OTHER;

    boolean parallelDdl() {
        return this == INDEX || this == KEY || this == FOREIGN_KEY;
    }
}
