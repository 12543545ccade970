package dev.spillway.config;

import java.util.List;

/**
 * The configuration cannot be used; start-up stops. The message lists every problem found, one
 * per line, each naming the key and its source.
 */
public class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String problem) {
        this(List.of(problem));
    }

    /** Each problem on its own. */
    public List<String> problems() {
        return problems;
    }
}
