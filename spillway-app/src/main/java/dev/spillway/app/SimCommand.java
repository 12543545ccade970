package dev.spillway.app;

import dev.spillway.sim.SimMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code spillway sim}: drives an update wave of background devices and a population of
 * foreground users against a target on loopback. Options are passed to the simulator as they
 * are; {@code spillway sim seed} fills the accounts' mailboxes first.
 */
@Command(name = "sim", description = {
    "Simulate an iOS update wave against a target and report foreground latency.",
    "Options: --target HOST:PORT --security none|starttls|implicit --trust-any-certificate",
    "  --lmtp PORT --accounts N --password PW --users N --devices N --duration 60s",
    "  --wave-start 10s --wave-ramp 5s --retry-delay 15s --batch 50 --think 2s",
    "  --deliveries N --seed-inbox N --seed-archive N --out DIR --label NAME",
    "  --compare --admin http://127.0.0.1:8143 (token in SPILLWAY_ADMIN_TOKEN) --chart FILE",
    "Accounts sim001.. with the --password must exist on the target (spillway user add).",
    "See docs/simulator.md."},
        subcommands = {SimCommand.Seed.class})
final class SimCommand implements Callable<Integer> {
    @Unmatched
    List<String> options = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return SimMain.execute(options.toArray(new String[0]));
    }

    @Command(name = "seed", description = "Fill the simulator accounts' mailboxes with "
            + "realistic mail over IMAP APPEND (same options as sim).")
    static final class Seed implements Callable<Integer> {
        @Unmatched
        List<String> options = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            List<String> all = new ArrayList<>(options);
            all.add("--seed-only");
            return SimMain.execute(all.toArray(new String[0]));
        }
    }
}
