package dev.spillway.app;

import picocli.CommandLine.Command;

/** {@code spillway version}. */
@Command(name = "version", description = "Print the version and exit.")
final class VersionCommand implements Runnable {
    @Override
    public void run() {
        System.out.println("spillway " + Version.value());
    }
}
