package dev.spillway.sim;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One command-line option of the simulator. The table {@link #ALL} is the only list of them:
 * {@link SimMain} parses scripts' arguments with it and {@code spillway sim} hands it to
 * picocli, so both accept exactly the same options with the same defaults.
 *
 * @param name the option without its leading {@code --}
 * @param label the value's placeholder in usage text; null for a switch, which takes no value
 * @param fallback the value when the option is not given to {@code sim}; null when there is
 *     none (see {@link #fallback(SimMain.Mode)} for {@code sim seed})
 * @param seed whether {@code sim seed} accepts it as well as {@code sim}
 * @param description one line of usage text
 */
public record SimFlag(String name, String label, String fallback, boolean seed,
        String description) {

    /** Every option, in the order usage text lists them. */
    public static final List<SimFlag> ALL = List.of(
            seed("target", "HOST:PORT", "127.0.0.1:1143", "IMAP target (loopback)."),
            seed("security", "none|starttls|implicit", "none", "How to connect."),
            seedSwitch("trust-any-certificate", "Accept any TLS certificate."),
            seedSwitch("allow-remote", "Accept a target that is not a loopback address."),
            seed("accounts", "N", "10", "Accounts sim001.. simN to use."),
            seed("password", "PW", "sim-password", "Password of every account."),
            seed("seed-inbox", "N", "0", "Messages INBOX should hold; fewer are topped up."),
            seed("seed-archive", "N", "0", "Messages Archive should hold; fewer are topped up."),
            run("lmtp", "PORT", "0", "LMTP port for deliveries during the run; 0 = none."),
            run("users", "N", "10", "Foreground users."),
            run("devices", "N", "100", "Background devices of the wave."),
            run("duration", "DURATION", "60s", "Length of the run."),
            run("wave-start", "DURATION", "10s", "When the wave starts."),
            run("wave-ramp", "DURATION", "5s", "Over how long the devices start."),
            run("retry-delay", "DURATION", "15s", "A shed device's compressed \"day\"."),
            run("think", "DURATION", "2s", "A user's mean pause between actions."),
            run("batch", "N", "50", "Messages per UID FETCH of a device."),
            run("deliveries", "RATE", "1", "LMTP deliveries per second."),
            run("out", "DIR", "target/sim", "Where reports are written."),
            run("label", "NAME", "run", "File name of the report."),
            runSwitch("compare", "Run baseline, shedding off and auto (needs --admin and "
                    + "SPILLWAY_ADMIN_TOKEN)."),
            run("admin", "URL", "http://127.0.0.1:8143", "Admin API of the target, for "
                    + "--compare."),
            run("chart", "FILE", null, "Chart of --compare (default OUT/compare.png)."));

    /**
     * What {@code sim seed} fills when not told: about the mailboxes the benchmarks use, 200
     * messages or some 14 MB per account with the mix of docs/simulator.md. A plain run seeds
     * nothing unless asked, so it does not write to a target by surprise.
     */
    private static final Map<String, String> SEED_FALLBACKS =
            Map.of("seed-inbox", "150", "seed-archive", "50");

    /** The option called {@code name}, if there is one. */
    public static Optional<SimFlag> named(String name) {
        return ALL.stream().filter(flag -> flag.name.equals(name)).findFirst();
    }

    /** The value when the option is not given to {@code mode}; null when there is none. */
    public String fallback(SimMain.Mode mode) {
        return mode == SimMain.Mode.SEED ? SEED_FALLBACKS.getOrDefault(name, fallback) : fallback;
    }

    /** Whether {@code mode} accepts this option. */
    public boolean appliesTo(SimMain.Mode mode) {
        return seed || mode == SimMain.Mode.RUN;
    }

    /** The usage line for {@code mode}: the description and the default, if any. */
    public String usage(SimMain.Mode mode) {
        String value = fallback(mode);
        return description + (value == null ? "" : " Default: " + value + ".");
    }

    public boolean isSwitch() {
        return label == null;
    }

    private static SimFlag seed(String name, String label, String fallback, String text) {
        return new SimFlag(name, label, fallback, true, text);
    }

    private static SimFlag seedSwitch(String name, String text) {
        return new SimFlag(name, null, null, true, text);
    }

    private static SimFlag run(String name, String label, String fallback, String text) {
        return new SimFlag(name, label, fallback, false, text);
    }

    private static SimFlag runSwitch(String name, String text) {
        return new SimFlag(name, null, null, false, text);
    }
}
