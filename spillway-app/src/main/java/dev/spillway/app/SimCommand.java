package dev.spillway.app;

import dev.spillway.sim.SimMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code spillway sim}: drives an update wave of background devices and a population of
 * foreground users against a target on loopback. Its options come from the simulator's own
 * table ({@link SimFlags}), so picocli rejects unknown ones and lists them all in the usage.
 */
@Command(name = "sim", modelTransformer = SimFlags.Run.class,
        description = "Simulate an iOS update wave against a target and report foreground "
                + "latency. Accounts sim001.. with the --password must exist on the target: "
                + "create them with 'spillway user add' or 'spillway sim seed --data DIR'. "
                + "See docs/simulator.md.",
        subcommands = {SimSeedCommand.class})
final class SimCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return SimMain.execute(SimMain.Mode.RUN, SimFlags.given(spec));
    }
}
