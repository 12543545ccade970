package dev.spillway.app;

import dev.spillway.config.ConfigListing;
import picocli.CommandLine.Command;

/** {@code spillway config defaults}: the settings catalogue. */
@Command(name = "config", description = "Inspect configuration settings.",
        subcommands = {ConfigCommand.Defaults.class})
final class ConfigCommand implements Runnable {
    @Override
    public void run() {
        System.out.print(ConfigListing.defaults());
    }

    @Command(name = "defaults",
            description = "Print every setting with its default, unit and meaning.")
    static final class Defaults implements Runnable {
        @Override
        public void run() {
            System.out.print(ConfigListing.defaults());
        }
    }
}
