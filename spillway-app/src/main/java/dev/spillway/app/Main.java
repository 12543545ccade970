package dev.spillway.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * {@code spillway}: the entry point; each sub-command is its own class. The scope makes every
 * sub-command, at any depth, inherit {@code -h/--help} and {@code -V/--version} with the same
 * version, so no command can be added without them.
 */
@Command(
        name = "spillway",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "IMAP server and proxy that sheds iOS Mail background download waves (TN3189)."
        },
        subcommands = {
            VersionCommand.class,
            ServeCommand.class,
            ProxyCommand.class,
            SimCommand.class,
            UserCommand.class,
            DeliverCommand.class,
            CheckIdCommand.class,
            ConfigCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code, for tests. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
