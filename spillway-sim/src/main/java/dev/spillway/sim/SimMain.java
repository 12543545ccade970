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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulator's command line, for {@code spillway sim} and for scripts. The options are the
 * table {@link SimFlag#ALL}: {@code --name value} pairs and bare switches, each known option at
 * most once; anything else is an error. {@code spillway sim} parses them with picocli and calls
 * {@link #execute(Mode, Map)}; scripts call {@link #main} with the same options, and
 * {@code --seed-only} for what {@code spillway sim seed} does. {@code -h} or {@code --help}
 * anywhere prints the usage and runs nothing.
 *
 * Exit status: 0 done, 1 run failed, 2 bad options.
 */
public final class SimMain {

    /** What a command line asks for: a run (seeding first if asked), or only seeding. */
    public enum Mode { RUN, SEED }

    private SimMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(execute(args));
    }

    /** Parses a script's options and runs them; returns the exit status. */
    public static int execute(String... args) throws InterruptedException {
        List<String> words = new ArrayList<>(List.of(args));
        if (words.contains("-h") || words.contains("--help")) {
            System.out.print(SimArgs.usage());
            return 0;
        }
        Mode mode = words.remove("--seed-only") ? Mode.SEED : Mode.RUN;
        Map<String, String> given;
        try {
            given = SimArgs.parse(mode, words);
        } catch (IllegalArgumentException e) {
            System.err.println("spillway sim: " + e.getMessage());
            return 2;
        }
        return execute(mode, given);
    }

    /**
     * Runs {@code mode} with options parsed already; returns the exit status.
     *
     * @param given option values by name without {@code --}; a switch's value is {@code true}
     */
    public static int execute(Mode mode, Map<String, String> given) throws InterruptedException {
        try {
            return run(mode, SimArgs.withFallbacks(mode, given));
        } catch (IllegalArgumentException e) {
            System.err.println("spillway sim: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("spillway sim: " + e.getMessage());
            return 1;
        }
    }

    /** The accounts that {@code given} names, for a caller that creates them first. */
    public static Accounts accounts(Map<String, String> given) {
        return accountsOf(SimArgs.withFallbacks(Mode.RUN, given));
    }

    private static Accounts accountsOf(Map<String, String> o) {
        return new Accounts("sim", number(o, "accounts"), o.get("password"), "localhost");
    }

    private static int run(Mode mode, Map<String, String> o)
            throws IOException, InterruptedException {
        List<HostPort> targets = SettingTypes.HOST_PORT_LIST.parse(o.get("target"));
        if (targets.size() != 1) {
            throw new IllegalArgumentException("--target takes one host:port");
        }
        Security security = security(o.get("security"));
        Target target = new Target(targets.get(0).host(), targets.get(0).port(), security,
                o.containsKey("trust-any-certificate"));
        boolean remote = o.containsKey("allow-remote");
        Accounts accounts = accountsOf(o);
        int inbox = number(o, "seed-inbox");
        int archive = number(o, "seed-archive");
        if (inbox + archive > 0) {
            SeedOptions seed = SeedOptions.of(target, accounts, inbox, archive);
            seed = new SeedOptions(target, remote, accounts, seed.messagesPerMailbox(),
                    seed.mix(), seed.seed(), seed.timeout());
            SeedReport seeded = Seeder.seed(seed);
            System.out.println("seeded: " + seeded);
        }
        if (mode == Mode.SEED) {
            return 0;
        }
        SimOptions options = SimOptions.builder(target).allowRemote(remote)
                .lmtpPort(number(o, "lmtp")).accounts(accounts)
                .users(number(o, "users")).devices(number(o, "devices"))
                .duration(Durations.parse(o.get("duration")))
                .waveStart(Durations.parse(o.get("wave-start")))
                .waveRamp(Durations.parse(o.get("wave-ramp")))
                .retryDelay(Durations.parse(o.get("retry-delay")))
                .think(Durations.parse(o.get("think")))
                .batchSize(number(o, "batch"))
                .deliveriesPerSecond(rate(o.get("deliveries")))
                .label(o.get("label")).build();
        Path out = Path.of(o.get("out"));
        if (o.containsKey("compare")) {
            String token = System.getenv().getOrDefault("SPILLWAY_ADMIN_TOKEN", "");
            AdminClient admin = new AdminClient(URI.create(o.get("admin")), token, remote);
            CompareReport report = Simulator.compare(options, admin);
            Path chart = o.containsKey("chart") ? Path.of(o.get("chart"))
                    : out.resolve("compare.png");
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

    private static Security security(String value) {
        try {
            return Security.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--security is none, starttls or implicit: "
                    + value, e);
        }
    }

    private static double rate(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--deliveries needs a number: " + value, e);
        }
    }

    private static int number(Map<String, String> options, String name) {
        String value = options.get(name);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a whole number: " + value,
                    e);
        }
    }
}
