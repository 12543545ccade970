package dev.spillway.app;

import dev.spillway.sim.SimMain;
import dev.spillway.sim.actor.Accounts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spillway sim seed}: fills the simulator's accounts with generated mail over IMAP
 * APPEND. With {@code --data} it first creates the accounts that are missing in a local
 * {@code spillway serve} data directory, as {@code spillway user add} does; the simulator itself
 * stays a network client of any target and never touches a store.
 */
@Command(name = "seed", modelTransformer = SimFlags.Seed.class,
        description = "Fill the simulator accounts' INBOX and Archive with generated mail "
                + "over IMAP APPEND; mailboxes that hold enough already are left alone. Without "
                + "--data the accounts sim001.. must exist on the target with the --password.")
final class SimSeedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory of a spillway serve on this machine: create the "
                    + "missing accounts there first, with the --password.")
    Path data;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "A setting for the accounts --data creates, as for spillway user "
                    + "add (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Override
    public Integer call() throws Exception {
        Map<String, String> given = SimFlags.given(spec);
        if (data != null) {
            Accounts accounts;
            try {
                accounts = SimMain.accounts(given);
            } catch (IllegalArgumentException e) {
                System.err.println("spillway sim seed: " + e.getMessage());
                return 2;
            }
            int exit = createMissing(accounts);
            if (exit != 0) {
                return exit;
            }
        }
        return SimMain.execute(SimMain.Mode.SEED, given);
    }

    /** Creates the accounts the data directory lacks; existing ones keep their password. */
    private int createMissing(Accounts accounts) {
        return UserCommand.withStore(ConfigOptions.of(data, settings), store -> {
            int created = 0;
            for (int i = 0; i < accounts.count(); i++) {
                if (!store.accounts().exists(accounts.name(i))) {
                    store.accounts().add(accounts.name(i), accounts.password());
                    created++;
                }
            }
            System.out.println("accounts: created " + created + ", "
                    + (accounts.count() - created) + " existed, in " + data);
            return 0;
        });
    }
}
