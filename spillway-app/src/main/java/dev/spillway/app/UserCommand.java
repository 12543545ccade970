package dev.spillway.app;

import dev.spillway.config.Config;
import dev.spillway.config.Settings;
import dev.spillway.store.StoreException;
import dev.spillway.server.ImapServer;
import dev.spillway.store.sqlite.SqliteMailStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spillway user add|passwd|delete|list|quota}: accounts of the embedded store. */
@Command(name = "user", description = "Manage accounts of the embedded store.",
        subcommands = {UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Delete.class,
            UserCommand.List.class, QuotaCommand.class})
final class UserCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("spillway user: name a sub-command: add, passwd, delete, list or quota");
    }

    /** Opens the store the configuration names, runs {@code action}, maps failures. */
    static int withStore(ConfigOptions options, StoreAction action) {
        try {
            Config config = options.load(Map.of());
            try (SqliteMailStore store = SqliteMailStore.open(config.get(Settings.DATA_DIR),
                    ImapServer.storeSettings(config))) {
                return action.run(store);
            }
        } catch (StoreException e) {
            System.err.println("spillway: " + e.getMessage());
            return 1;
        } catch (dev.spillway.config.ConfigException | IOException e) {
            System.err.println("spillway: " + e.getMessage());
            return 2;
        }
    }

    @FunctionalInterface
    interface StoreAction {
        int run(SqliteMailStore store) throws StoreException, IOException;
    }

    /** Reads a password from stdin or, interactively, twice from the console without echo. */
    static String password(boolean fromStdin) throws IOException {
        if (fromStdin) {
            String line = new BufferedReader(new InputStreamReader(System.in,
                    StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IOException("no password on standard input");
            }
            return line;
        }
        Console console = System.console();
        if (console == null) {
            throw new IOException("no terminal to ask for the password; use --password-stdin");
        }
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new IOException("the passwords do not match");
        }
        if (first.length == 0) {
            throw new IOException("the password is empty");
        }
        return new String(first);
    }

    @Command(name = "add", description = "Create an account with the default mailboxes.")
    static final class Add implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "NAME", description = "Account name or email address.")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from stdin.")
        boolean stdin;

        @Override
        public Integer call() {
            return withStore(config, store -> {
                store.accounts().add(name, password(stdin));
                System.out.println("created account " + name);
                return 0;
            });
        }
    }

    @Command(name = "passwd", description = "Change an account's password.")
    static final class Passwd implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--password-stdin", description = "Read the password from stdin.")
        boolean stdin;

        @Override
        public Integer call() {
            return withStore(config, store -> {
                store.accounts().setPassword(name, password(stdin));
                System.out.println("changed the password of " + name);
                return 0;
            });
        }
    }

    @Command(name = "delete", description = "Delete an account and all its mail.")
    static final class Delete implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            return withStore(config, store -> {
                store.accounts().delete(name);
                System.out.println("deleted account " + name);
                return 0;
            });
        }
    }

    @Command(name = "list", description = "List the accounts.")
    static final class List implements Callable<Integer> {
        @Mixin
        ConfigOptions config;

        @Override
        public Integer call() {
            return withStore(config, store -> {
                store.accounts().list().forEach(System.out::println);
                return 0;
            });
        }
    }
}
