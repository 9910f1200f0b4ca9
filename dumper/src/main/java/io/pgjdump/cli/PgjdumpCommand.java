package io.pgjdump.cli;

import io.pgjdump.dump.Dump;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top-level command: only lists the subcommands. */
@Command(name = "pgjdump", versionProvider = PgjdumpCommand.Version.class,
        description = "PostgreSQL logical backup and restore in pure Java.",
        subcommands = {DumpCommand.class, RestoreCommand.class},
        footer = {"", "Exit codes: 0 done, 1 failed, 2 bad command line, 3 done with tolerated failures."})
public final class PgjdumpCommand implements Runnable {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-?", "--help"}, usageHelp = true, description = "show this help, then exit")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "output version information, then exit")
    boolean version;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Dump.TOOL + " " + Dump.VERSION};
        }
    }
}
