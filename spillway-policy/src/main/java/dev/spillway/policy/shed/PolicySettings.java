package dev.spillway.policy.shed;

import java.util.Objects;

/**
 * The mode and limits of the shedding policy; immutable, swapped whole at run time.
 *
 * <p>Counting: a background session holds one slot of {@code backgroundCap}; it also counts
 * against {@code indexingCap} when its ID names {@code indexer} and against {@code backFillCap}
 * when it names {@code back-fill} (a session naming both counts against both).
 *
 * @param mode what to do with background IDs
 * @param backgroundCap most background sessions admitted at once, all kinds together; 0 admits
 *     none
 * @param indexingCap most admitted sessions doing indexing
 * @param backFillCap most admitted sessions doing back-fill
 * @param rate new background sessions admitted per second, on average; 0 turns the rate limit
 *     off
 * @param burst how many new background sessions may be admitted at once after a quiet spell
 * @param indexingYieldFraction indexing yields first: a session doing indexing only is admitted
 *     only while fewer than {@code floor(indexingYieldFraction * backgroundCap)} background
 *     sessions hold a slot, so back-fill, which the user is waiting for more, keeps the rest of
 *     the cap; 1.0 turns this off, 0.0 sheds all indexing-only sessions
 */
public record PolicySettings(
        ShedMode mode,
        int backgroundCap,
        int indexingCap,
        int backFillCap,
        double rate,
        int burst,
        double indexingYieldFraction) {

    /** The highest rate accepted; beyond it the limit means nothing on one machine. */
    public static final double MAX_RATE = 1_000_000;

    private static final PolicySettings DEFAULTS =
            new PolicySettings(ShedMode.AUTO, 200, 100, 200, 20, 40, 0.5);

    public PolicySettings {
        Objects.requireNonNull(mode, "mode");
        requireNotNegative("backgroundCap", backgroundCap);
        requireNotNegative("indexingCap", indexingCap);
        requireNotNegative("backFillCap", backFillCap);
        if (!(rate >= 0 && rate <= MAX_RATE)) {
            throw new IllegalArgumentException("rate must be 0 to " + MAX_RATE + ": " + rate);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1: " + burst);
        }
        if (!(indexingYieldFraction >= 0 && indexingYieldFraction <= 1)) {
            throw new IllegalArgumentException(
                    "indexingYieldFraction must be 0.0 to 1.0: " + indexingYieldFraction);
        }
    }

    /** Mode AUTO, caps 200 / 100 indexing / 200 back-fill, 20 per second, burst 40, yield 0.5. */
    public static PolicySettings defaults() {
        return DEFAULTS;
    }

    /** The number of held background slots at which indexing-only sessions stop being admitted. */
    public int indexingYieldLimit() {
        return (int) Math.floor(indexingYieldFraction * backgroundCap);
    }

    public PolicySettings withMode(ShedMode newMode) {
        return new PolicySettings(newMode, backgroundCap, indexingCap, backFillCap, rate, burst,
                indexingYieldFraction);
    }

    public PolicySettings withCaps(int newBackgroundCap, int newIndexingCap, int newBackFillCap) {
        return new PolicySettings(mode, newBackgroundCap, newIndexingCap, newBackFillCap, rate,
                burst, indexingYieldFraction);
    }

    public PolicySettings withRate(double newRate, int newBurst) {
        return new PolicySettings(mode, backgroundCap, indexingCap, backFillCap, newRate, newBurst,
                indexingYieldFraction);
    }

    public PolicySettings withIndexingYieldFraction(double fraction) {
        return new PolicySettings(mode, backgroundCap, indexingCap, backFillCap, rate, burst,
                fraction);
    }

    private static void requireNotNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
