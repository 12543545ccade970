package dev.spillway.policy.shed;

import java.util.Objects;

/** An overload switch an operator sets by hand, e.g. through the admin API. Thread-safe. */
public final class ManualOverload implements OverloadSignal {

    private final String name;
    private volatile OverloadLevel level = OverloadLevel.NONE;

    public ManualOverload(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Sets the level until the next call. */
    public void set(OverloadLevel newLevel) {
        level = Objects.requireNonNull(newLevel, "level");
    }

    /** Back to {@link OverloadLevel#NONE}. */
    public void clear() {
        level = OverloadLevel.NONE;
    }

    @Override
    public OverloadLevel level() {
        return level;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean manual() {
        return true;
    }
}
