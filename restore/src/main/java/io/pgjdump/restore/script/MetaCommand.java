package io.pgjdump.restore.script;

import java.util.List;

/**
 * A psql backslash command, such as {@code \connect -reuse-previous=on "dbname='x'"}.
 *
 * @param name the command without its backslash ("connect")
 * @param args its arguments with psql's quoting removed
 * @param text the whole line as written, for messages
 * @param line 1-based line
 */
public record MetaCommand(String name, List<String> args, String text, int line) implements ScriptItem {

    public MetaCommand {
        args = List.copyOf(args);
    }
}
