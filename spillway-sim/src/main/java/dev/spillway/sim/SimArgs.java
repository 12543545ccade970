package dev.spillway.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Strict parsing of the simulator's options against {@link SimFlag#ALL}: an unknown option, a
 * run's option given to seeding, a missing value or an option given twice is an error, so a
 * typing mistake never starts a run with defaults the user did not ask for.
 */
final class SimArgs {

    private SimArgs() {
    }

    /** Reads {@code --name value} pairs and switches that {@code mode} accepts. */
    static Map<String, String> parse(SimMain.Mode mode, List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String word = args.get(i);
            SimFlag flag = flag(mode, word);
            if (options.containsKey(flag.name())) {
                throw new IllegalArgumentException(word + " is given twice");
            }
            if (flag.isSwitch()) {
                options.put(flag.name(), "true");
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                options.put(flag.name(), args.get(++i));
            } else {
                throw new IllegalArgumentException(word + " needs a value (" + flag.label()
                        + ")");
            }
        }
        return options;
    }

    /** The usage text of the script command line. */
    static String usage() {
        StringBuilder text = new StringBuilder("Usage: SimMain [--seed-only] [OPTION]...\n"
                + "Runs an update wave against a target; --seed-only only fills the accounts'"
                + " mailboxes\nand accepts the options marked *.\n");
        for (SimFlag flag : SimFlag.ALL) {
            String left = "--" + flag.name() + (flag.isSwitch() ? "" : " " + flag.label());
            text.append(String.format(Locale.ROOT, " %s %-32s %s%n",
                    flag.seed() ? "*" : " ", left, flag.usage(SimMain.Mode.RUN)));
        }
        return text.toString();
    }

    static SimFlag flag(SimMain.Mode mode, String word) {
        if (!word.startsWith("-")) {
            throw new IllegalArgumentException("expected an option, got '" + word + "'");
        }
        SimFlag flag = word.startsWith("--")
                ? SimFlag.named(word.substring(2)).orElse(null) : null;
        if (flag == null) {
            throw new IllegalArgumentException("unknown option '" + word + "' (see --help)");
        }
        if (!flag.appliesTo(mode)) {
            throw new IllegalArgumentException(word + " is for a run, not for seeding");
        }
        return flag;
    }

    /** {@code given} checked against the table, with every missing fallback filled in. */
    static Map<String, String> withFallbacks(SimMain.Mode mode, Map<String, String> given) {
        Map<String, String> all = new HashMap<>();
        given.keySet().forEach(name -> flag(mode, "--" + name));
        for (SimFlag flag : SimFlag.ALL) {
            String value = given.getOrDefault(flag.name(), flag.fallback(mode));
            if (value != null && flag.appliesTo(mode)) {
                all.put(flag.name(), value);
            }
        }
        return all;
    }
}
