package io.pgjdump.restore.script;

/** What a script is made of: SQL statements and psql meta-commands. */
public sealed interface ScriptItem permits Statement, MetaCommand {

    /** 1-based line where the item starts. */
    int line();
}
