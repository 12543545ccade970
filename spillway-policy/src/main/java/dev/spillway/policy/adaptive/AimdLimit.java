package dev.spillway.policy.adaptive;

import java.util.function.IntSupplier;

/**
 * An adaptive limit on admitted background sessions, adjusted once per interval by additive
 * increase and multiplicative decrease, as TCP adjusts its window (RFC 5681 §3.1):
 *
 * <ul>
 *   <li>overloaded: the limit becomes {@code decrease} times the smaller of the limit and the
 *       sessions in use, so it bites at once even when the limit was far above use; after a
 *       decrease the next waits {@code cooldown} intervals, the time the signals need to see
 *       the effect (one window);
 *   <li>healthy: the limit grows by one, up to the ceiling (the configured
 *       {@code shed.background-cap});
 *   <li>it never falls below the floor ({@code shed.adaptive.min-background}), so some
 *       back-fill always progresses and a wave drains however loaded the server is.
 * </ul>
 *
 * <p>A lower limit does not end admitted sessions (TN3189 sheds only at {@code ID}); it takes
 * effect as they finish. Thread-safe: {@link #update} and {@link #ceiling(int)} synchronise,
 * {@link #getAsInt()} is a volatile read.
 */
public final class AimdLimit implements IntSupplier {

    private final int floor;
    private final double decrease;
    private final int cooldown;
    private int ceiling;
    private int waitIntervals;
    private volatile int limit;

    /**
     * @param ceiling the most the limit grows to; it starts there
     * @param floor the least it shrinks to (clipped to the ceiling)
     * @param decrease the factor applied on overload, above 0 and below 1
     * @param cooldown intervals to wait after a decrease before the next one
     */
    public AimdLimit(int ceiling, int floor, double decrease, int cooldown) {
        if (ceiling < 0 || floor < 0 || cooldown < 0) {
            throw new IllegalArgumentException("ceiling, floor and cooldown must not be "
                    + "negative: " + ceiling + ", " + floor + ", " + cooldown);
        }
        if (!(decrease > 0 && decrease < 1)) {
            throw new IllegalArgumentException("decrease must be above 0 and below 1: "
                    + decrease);
        }
        this.ceiling = ceiling;
        this.floor = floor;
        this.decrease = decrease;
        this.cooldown = cooldown;
        this.limit = ceiling;
    }

    /** Adjusts the limit for one interval; {@code inUse} is the background sessions held. */
    public synchronized void update(boolean overloaded, int inUse) {
        int lowest = Math.min(floor, ceiling);
        if (!overloaded) {
            waitIntervals = 0;
            limit = Math.min(ceiling, limit + 1);
            return;
        }
        if (waitIntervals > 0) {
            waitIntervals--;
            return;
        }
        int base = Math.min(limit, Math.max(0, inUse));
        limit = Math.max(lowest, (int) Math.floor(base * decrease));
        waitIntervals = cooldown;
    }

    /** Changes the ceiling, e.g. after a configuration reload; the limit is clipped to it. */
    public synchronized void ceiling(int newCeiling) {
        if (newCeiling < 0) {
            throw new IllegalArgumentException("ceiling must not be negative: " + newCeiling);
        }
        ceiling = newCeiling;
        limit = Math.max(Math.min(floor, ceiling), Math.min(limit, ceiling));
    }

    /** The limit now. */
    @Override
    public int getAsInt() {
        return limit;
    }

    public int floor() {
        return floor;
    }
}
