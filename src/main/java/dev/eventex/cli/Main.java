package dev.eventex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code eventex-cli.jar}. */
@Command(name = "eventex", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Extract typed events (Visit, Meeting, TradeGoal, Donation) from English news text.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (for tests). */
    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    /** Runs the CLI with the given streams (tests capture them). */
    public static int run(java.io.PrintStream out, java.io.PrintStream err, String... args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "dev/eventex/cli/logback-cli.xml");
        }
        Main main = new Main();
        main.err = err;
        CommandLine cl = new CommandLine(main);
        cl.addSubcommand(new ExtractCommand(out, err));
        cl.addSubcommand(new EvalCommand(out, err));
        cl.addSubcommand(new TrainNerCommand());
        cl.addSubcommand(new TrainClustersCommand());
        cl.addSubcommand(new TrainOrgsCommand());
        cl.addSubcommand(new EvalNerCommand());
        cl.addSubcommand(new ParserDataCommand());
        cl.addSubcommand(new NerCommand(out, err));
        cl.addSubcommand(new BenchCommand(out, err));
        cl.addSubcommand(new ViewCommand(out, err));
        main.commandLine = cl;
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Running without a subcommand prints usage and fails. */
    public Integer call() {
        err.println("eventex: a command is required");
        commandLine.usage(err);
        return 2;
    }

    private CommandLine commandLine;

    private java.io.PrintStream err = System.err;

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"eventex " + (v == null ? "dev" : v)};
        }
    }
}
