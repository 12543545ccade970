package dev.spillway.app;

import dev.spillway.admin.Observability;
import dev.spillway.admin.http.AdminOptions;
import dev.spillway.admin.http.AdminServer;
import dev.spillway.admin.metrics.Role;
import dev.spillway.config.Config;
import dev.spillway.config.ConfigException;
import dev.spillway.config.Settings;
import dev.spillway.policy.adaptive.AdaptiveSettings;
import dev.spillway.policy.adaptive.AdaptiveShedding;
import dev.spillway.policy.config.PolicySettingsMapper;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.proxy.BoundPorts;
import dev.spillway.proxy.ImapProxy;
import dev.spillway.transport.net.EventLoops;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code spillway proxy}: TN3189 shedding in front of another IMAP server. */
@Command(name = "proxy", description = "Run the IMAP proxy in front of an existing IMAP server;"
        + " shed background connections never reach it.")
final class ProxyCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions config;

    @Mixin
    ListenerOptions listeners;

    @Option(names = "--backend", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Backend IMAP server(s) (proxy.backend).")
    String backend;

    @Option(names = "--backend-security", paramLabel = "tls|starttls|none",
            description = "How to secure backend connections (proxy.backend-security).")
    String security;

    @Option(names = "--backend-ca", paramLabel = "FILE",
            description = "PEM file of CAs trusted for the backend (proxy.backend-ca).")
    String ca;

    @Option(names = "--backend-insecure",
            description = "Skip backend certificate verification: for tests only.")
    boolean insecure;

    @Override
    public Integer call() throws Exception {
        Config loaded;
        try {
            Map<String, String> extra = listeners.asSettings();
            extra.put("proxy.backend", backend);
            extra.put("proxy.backend-security", security);
            extra.put("proxy.backend-ca", ca);
            extra.put("proxy.backend-insecure", insecure ? "true" : null);
            loaded = config.load(extra);
        } catch (ConfigException e) {
            System.err.println("spillway proxy: " + e.getMessage());
            return 2;
        }
        if (loaded.get(Settings.PROXY_BACKEND).isEmpty()) {
            System.err.println("spillway proxy: name the backend with --backend HOST:PORT"
                    + " (setting proxy.backend)");
            return 2;
        }
        Logs.configure(loaded);
        ShedPolicy policy = new ShedPolicy(PolicySettingsMapper.from(loaded));
        Observability observability = new Observability(policy, Role.PROXY);
        observability.start();
        EventLoops loops = new EventLoops(Runtime.getRuntime().availableProcessors());
        ImapProxy proxy = new ImapProxy(loaded, observability, loops);
        AdaptiveShedding adaptive = AdaptiveShedding.attach(policy,
                AdaptiveSettings.from(loaded), true);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                new DefaultThreadFactory("spillway-adaptive", true));
        adaptive.start(timer);
        loops.probeDelay(timer, adaptive.eventLoopDelay()::record);
        observability.watchSignals(adaptive::readings);
        proxy.feed(adaptive);
        BoundPorts ports = proxy.start();
        AdminOptions adminOptions = AdminOptions.from(loaded);
        AdminServer admin = adminOptions.enabled()
                ? AdminServer.start(adminOptions, observability) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (admin != null) {
                admin.close();
            }
            proxy.close();
            adaptive.close();
            timer.shutdownNow();
            observability.close();
            loops.shutdown(Duration.ofSeconds(2));
            stopped.countDown();
        }, "spillway-shutdown"));
        String host = loaded.get(Settings.BIND);
        System.out.println("Spillway " + Version.value() + " proxy is running.");
        if (ports.imap() > 0) {
            System.out.println("  IMAP (STARTTLS): " + host + ":" + ports.imap());
        }
        if (ports.imaps() > 0) {
            System.out.println("  IMAPS:           " + host + ":" + ports.imaps());
        }
        if (admin != null) {
            System.out.println("  dashboard:       " + admin.url());
        }
        System.out.println("  backends:        " + loaded.get(Settings.PROXY_BACKEND));
        System.out.println("  shedding mode:   " + loaded.get(Settings.SHED_MODE));
        System.out.println("Stop with Ctrl-C.");
        stopped.await();
        return 0;
    }
}
