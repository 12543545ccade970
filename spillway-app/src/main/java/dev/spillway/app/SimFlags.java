package dev.spillway.app;

import dev.spillway.sim.SimFlag;
import dev.spillway.sim.SimMain;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Declares the simulator's options ({@link SimFlag#ALL}) to picocli and reads them back. The
 * table lives in the simulator, which scripts also call without picocli; declaring it here
 * instead of repeating it as annotations keeps one list of names and defaults.
 */
final class SimFlags {
    private SimFlags() {
    }

    /** The options of {@code spillway sim}. */
    static final class Run implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return declare(spec, SimMain.Mode.RUN);
        }
    }

    /** The options of {@code spillway sim seed}: only those that seeding uses. */
    static final class Seed implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return declare(spec, SimMain.Mode.SEED);
        }
    }

    private static CommandSpec declare(CommandSpec spec, SimMain.Mode mode) {
        for (SimFlag flag : SimFlag.ALL) {
            if (!flag.appliesTo(mode)) {
                continue;
            }
            OptionSpec.Builder option = OptionSpec.builder("--" + flag.name())
                    .description(flag.usage(mode));
            if (flag.isSwitch()) {
                option.arity("0").type(boolean.class);
            } else {
                option.arity("1").type(String.class).paramLabel(flag.label());
            }
            spec.addOption(option.build());
        }
        return spec;
    }

    /** The simulator options given on this command line, by name without {@code --}. */
    static Map<String, String> given(CommandSpec spec) {
        Map<String, String> given = new HashMap<>();
        for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
            String name = option.longestName().substring(2);
            if (SimFlag.named(name).isPresent()) {
                given.put(name, String.valueOf((Object) option.getValue()));
            }
        }
        return given;
    }
}
