package dev.spillway.policy.adaptive;

import dev.spillway.policy.shed.OverloadLevel;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Raised while the process's CPU load (0.0 to 1.0 of all cores) is above a target. Each sample
 * is smoothed with the one before (an exponentially weighted average, weight 1/2), so one busy
 * interval, such as a garbage collection, does not raise it alone. A load the platform cannot
 * report (a negative reading) leaves the level as it is.
 */
public final class CpuSignal implements AdaptiveSignal {

    private static final double WEIGHT = 0.5;

    private final DoubleSupplier load;
    private final LevelGate gate;
    private final LongSupplier nanoClock;
    private double smoothed = -1;
    private volatile OverloadLevel level = OverloadLevel.NONE;
    private volatile double lastValue;

    /**
     * @param target load at which the level rises, above 0 and at most 1; 0 turns it off. With
     *     the default critical factor of 2 a target above 0.5 never reaches CRITICAL: CPU alone
     *     then only makes indexing yield and shrinks the adaptive limit.
     * @param load the current load, e.g. {@link #processCpuLoad()}
     */
    public CpuSignal(double target, SignalTuning tuning, DoubleSupplier load,
            LongSupplier nanoClock) {
        if (!(target >= 0 && target <= 1)) {
            throw new IllegalArgumentException("target must be 0.0 to 1.0: " + target);
        }
        this.load = Objects.requireNonNull(load, "load");
        this.gate = new LevelGate(target, tuning);
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /**
     * The JVM's process CPU load from {@code com.sun.management.OperatingSystemMXBean}, or a
     * supplier of -1 on a JVM without that interface.
     */
    public static DoubleSupplier processCpuLoad() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os::getProcessCpuLoad;
        }
        return () -> -1;
    }

    @Override
    public void sample() {
        if (!gate.enabled()) {
            return;
        }
        double reading = load.getAsDouble();
        if (!(reading >= 0)) {
            return;
        }
        smoothed = smoothed < 0 ? reading : WEIGHT * reading + (1 - WEIGHT) * smoothed;
        lastValue = smoothed;
        level = gate.update(smoothed, nanoClock.getAsLong());
    }

    @Override
    public double lastValue() {
        return lastValue;
    }

    @Override
    public boolean enabled() {
        return gate.enabled();
    }

    @Override
    public List<SignalReading> readings() {
        return List.of(new SignalReading(name(), lastValue, gate.target(), level));
    }

    @Override
    public OverloadLevel level() {
        return level;
    }

    @Override
    public String name() {
        return "cpu";
    }
}
