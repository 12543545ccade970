package dev.spillway.app;

import dev.spillway.admin.http.AdminOptions;
import dev.spillway.admin.http.AdminServer;
import dev.spillway.config.Config;
import dev.spillway.config.ConfigException;
import dev.spillway.config.Settings;
import dev.spillway.server.ImapServer;
import dev.spillway.server.demo.DemoAccount;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code spillway serve}: the IMAP server with its embedded store. */
@Command(name = "serve", description = "Run the IMAP server (IMAP, IMAPS, LMTP) with the "
        + "embedded store.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Mixin
    ListenerOptions listeners;

    @Option(names = "--lmtp-port", paramLabel = "PORT",
            description = "LMTP port for delivery (lmtp.port, default 1024; 0 = off).")
    String lmtpPort;

    @Option(names = "--demo", description = "On an empty data directory, create account "
            + "'demo' with sample mail and print its password.")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        Config loaded;
        try {
            Map<String, String> extra = listeners.asSettings();
            extra.put("lmtp.port", lmtpPort);
            loaded = config.load(extra);
        } catch (ConfigException e) {
            System.err.println("spillway serve: " + e.getMessage());
            return 2;
        }
        Logs.configure(loaded);
        ImapServer server = ImapServer.start(loaded, ImapServer.Ports.from(loaded),
                Version.value());
        AdminOptions adminOptions = AdminOptions.from(loaded);
        AdminServer admin = adminOptions.enabled()
                ? AdminServer.start(adminOptions, server.context().observability()) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (admin != null) {
                admin.close();
            }
            server.close();
            stopped.countDown();
        }, "spillway-shutdown"));
        Optional<String> demoPassword = demo
                ? DemoAccount.createIfEmpty(server.context().store()) : Optional.empty();
        printWelcome(loaded, server, admin, demoPassword);
        stopped.await();
        return 0;
    }

    private void printWelcome(Config loaded, ImapServer server, AdminServer admin,
            Optional<String> password) {
        String host = loaded.get(Settings.BIND);
        System.out.println("Spillway " + Version.value() + " is running.");
        if (server.imapPort() > 0) {
            System.out.println("  IMAP (STARTTLS): " + host + ":" + server.imapPort());
        }
        if (server.imapsPort() > 0) {
            System.out.println("  IMAPS:           " + host + ":" + server.imapsPort());
        }
        if (server.lmtpPort() > 0) {
            System.out.println("  LMTP:            " + host + ":" + server.lmtpPort());
        }
        if (admin != null) {
            System.out.println("  dashboard:       " + admin.url());
            System.out.println("  metrics:         " + admin.url() + "metrics");
        }
        System.out.println("  data:            " + loaded.get(Settings.DATA_DIR).toAbsolutePath());
        System.out.println("  shedding mode:   " + loaded.get(Settings.SHED_MODE));
        if (password.isPresent()) {
            System.out.println();
            System.out.println("Created account 'demo' with password " + password.get()
                    + " (shown only now).");
            System.out.println("Try: curl -k --url imaps://" + host + ":" + server.imapsPort()
                    + "/INBOX --user demo:" + password.get());
        } else if (demo) {
            System.out.println("Accounts exist already; manage them with 'spillway user'.");
        }
        System.out.println("Stop with Ctrl-C.");
    }
}
