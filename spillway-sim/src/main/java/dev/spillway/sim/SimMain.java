package dev.spillway.sim;

import dev.spillway.config.Durations;
import dev.spillway.config.HostPort;
import dev.spillway.config.SettingTypes;
import dev.spillway.sim.actor.Accounts;
import dev.spillway.sim.wire.AdminClient;
import dev.spillway.sim.wire.Security;
import dev.spillway.sim.wire.Target;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A plain command line for the simulator, used by {@code bench.sh} until {@code spillway sim}
 * wraps the same API. Options are {@code --name value} pairs, or bare switches:
 *
 * <pre>
 * --target 127.0.0.1:1143  --security none|starttls|implicit  --trust-any-certificate
 * --lmtp 1024  --accounts 10  --password sim-password  --users 10  --devices 100
 * --duration 60s  --wave-start 10s  --wave-ramp 5s  --retry-delay 15s  --batch 50
 * --think 2s  --deliveries 1  --seed-inbox 150  --seed-archive 50  --out target/sim
 * --compare --admin http://127.0.0.1:8143 (token in $SPILLWAY_ADMIN_TOKEN)  --chart FILE
 * --label run  --allow-remote
 * </pre>
 *
 * Exit status: 0 done, 1 run failed, 2 bad options.
 */
public final class SimMain {

    private static final Set<String> SWITCHES =
            Set.of("trust-any-certificate", "compare", "allow-remote", "seed-only");

    private SimMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(execute(args));
    }

    /** Runs the simulator with command-line options; returns the exit status. */
    public static int execute(String... args) throws InterruptedException {
        try {
            return run(parse(args));
        } catch (IllegalArgumentException e) {
            System.err.println("spillway sim: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("spillway sim: " + e.getMessage());
            return 1;
        }
    }

    static int run(Map<String, String> o) throws IOException, InterruptedException {
        List<HostPort> targets = SettingTypes.HOST_PORT_LIST.parse(
                o.getOrDefault("target", "127.0.0.1:1143"));
        if (targets.size() != 1) {
            throw new IllegalArgumentException("--target takes one host:port");
        }
        Security security = Security.valueOf(o.getOrDefault("security", "none")
                .toUpperCase(Locale.ROOT));
        Target target = new Target(targets.get(0).host(), targets.get(0).port(), security,
                o.containsKey("trust-any-certificate"));
        boolean remote = o.containsKey("allow-remote");
        Accounts accounts = new Accounts("sim", number(o, "accounts", 10),
                o.getOrDefault("password", "sim-password"), "localhost");
        int inbox = number(o, "seed-inbox", 0);
        int archive = number(o, "seed-archive", 0);
        if (inbox + archive > 0) {
            SeedOptions seed = SeedOptions.of(target, accounts, inbox, archive);
            seed = new SeedOptions(target, remote, accounts, seed.messagesPerMailbox(),
                    seed.mix(), seed.seed(), seed.timeout());
            SeedReport seeded = Seeder.seed(seed);
            System.out.println("seeded: " + seeded);
        }
        if (o.containsKey("seed-only")) {
            return 0;
        }
        SimOptions options = SimOptions.builder(target).allowRemote(remote)
                .lmtpPort(number(o, "lmtp", 0)).accounts(accounts)
                .users(number(o, "users", 10)).devices(number(o, "devices", 100))
                .duration(Durations.parse(o.getOrDefault("duration", "60s")))
                .waveStart(Durations.parse(o.getOrDefault("wave-start", "10s")))
                .waveRamp(Durations.parse(o.getOrDefault("wave-ramp", "5s")))
                .retryDelay(Durations.parse(o.getOrDefault("retry-delay", "15s")))
                .think(Durations.parse(o.getOrDefault("think", "2s")))
                .batchSize(number(o, "batch", 50))
                .deliveriesPerSecond(Double.parseDouble(o.getOrDefault("deliveries", "1")))
                .label(o.getOrDefault("label", "run")).build();
        Path out = Path.of(o.getOrDefault("out", "target/sim"));
        if (o.containsKey("compare")) {
            String token = System.getenv().getOrDefault("SPILLWAY_ADMIN_TOKEN", "");
            AdminClient admin = new AdminClient(URI.create(o.getOrDefault("admin",
                    "http://127.0.0.1:8143")), token, remote);
            CompareReport report = Simulator.compare(options, admin);
            Path chart = Path.of(o.getOrDefault("chart", out.resolve("compare.png").toString()));
            report.write(out, chart);
            System.out.println(report.baseline().summary().toText());
            System.out.println(report.off().summary().toText());
            System.out.println(report.auto().summary().toText());
            System.out.println(report.toMarkdown());
            System.out.println("chart: " + chart);
            return 0;
        }
        SimReport report = Simulator.run(options);
        Path chart = report.write(out);
        System.out.println(report.summary().toText());
        System.out.println("chart: " + chart);
        return 0;
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || args[i].length() < 3) {
                throw new IllegalArgumentException("expected an option, got '" + args[i] + "'");
            }
            String name = args[i].substring(2);
            if (SWITCHES.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a whole number: " + value,
                    e);
        }
    }
}
