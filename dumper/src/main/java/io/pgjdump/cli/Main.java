package io.pgjdump.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** The pgjdump command: {@code java -jar pgjdump.jar dump|restore [OPTIONS]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command with its own output streams. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        // HikariCP logs through SLF4J; a command-line user wants only our own messages
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        CommandLine cli = new CommandLine(new PgjdumpCommand()).setOut(out).setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("pgjdump: error: " + Failures.general(e));
            return ExitCode.FAILED;
        });
        return cli.execute(args);
    }

    /** pg_dump's way: one line saying what is wrong and where to read more, not the whole usage. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("pgjdump: error: " + e.getMessage());
        err.println("Try \"" + cmd.getCommandSpec().qualifiedName() + " --help\" for more information.");
        return ExitCode.USAGE;
    }
}
