package io.pgjdump.cli;

import picocli.CommandLine.Option;

import java.io.Console;
import java.nio.file.Path;

/** pg_dump's connection options, shared by every command that talks to a server. */
public final class ConnectionOptions {

    @Option(names = {"-h", "--host"}, paramLabel = "HOSTNAME", description = "database server host (default: $PGHOST or localhost)")
    String host;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", description = "database server port (default: $PGPORT or 5432)")
    Integer port;

    @Option(names = {"-U", "--username"}, paramLabel = "NAME", description = "database user name (default: $PGUSER or the OS user)")
    String user;

    @Option(names = {"-d", "--dbname"}, paramLabel = "DBNAME",
            description = "database name, connection string or postgresql:// URI (default: $PGDATABASE or the user name)")
    String dbname;

    @Option(names = {"-w", "--no-password"}, description = "never prompt for a password")
    boolean noPassword;

    @Option(names = {"-W", "--password"}, description = "prompt for a password before connecting")
    boolean promptPassword;

    /** Resolves the options against the environment and ~/.pgpass; a positional DBNAME counts as -d. */
    ConnectionSpec resolve(String positionalDbname, java.util.function.Consumer<String> warn) {
        String db = dbname != null ? dbname : positionalDbname;
        String prompted = null;
        if (promptPassword && !noPassword) {
            Console console = System.console();
            if (console == null) {
                throw new IllegalArgumentException("-W needs a terminal to prompt for the password; use PGPASSWORD or ~/.pgpass");
            }
            char[] pw = console.readPassword("Password: ");
            prompted = pw == null ? "" : new String(pw);
        }
        String home = System.getProperty("user.home");
        return ConnectionSpec.resolve(new ConnectionSpec.Inputs(host, port, user, db, prompted, System.getenv(),
                home == null ? null : Path.of(home)), warn);
    }
}
