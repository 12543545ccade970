package dev.spillway.admin.decisions;

import dev.spillway.policy.shed.ShedDecision;
import dev.spillway.policy.shed.ShedOutcome;
import dev.spillway.policy.shed.ShedReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs shed decisions as one INFO line per interval instead of one line per connection: during
 * a wave thousands of devices are told to back off each minute, and a line each would bury
 * everything else. An interval without sheds logs nothing. OBSERVE mode's would-be sheds are
 * summarised the same way, in their own line.
 *
 * <p>{@link #record} is on the hot path: one striped counter per (outcome, reason, activity).
 */
public final class ShedLogSummarizer implements AutoCloseable {

    /** The default interval between summary lines. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(ShedLogSummarizer.class);
    private static final ShedReason[] REASONS = ShedReason.values();
    private static final int ACTIVITIES = Activities.NAMES.length;

    private final Duration interval;
    /** [0 shed, 1 would shed][reason][activity]. */
    private final LongAdder[][][] counts = new LongAdder[2][REASONS.length][ACTIVITIES];
    /**
     * The counts at the last flush; guarded by this. Counters are never reset, since
     * {@link LongAdder#sumThenReset()} may drop an increment racing with it.
     */
    private final long[][][] flushed = new long[2][REASONS.length][ACTIVITIES];
    private ScheduledExecutorService timer;

    public ShedLogSummarizer(Duration interval) {
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        for (LongAdder[][] byReason : counts) {
            for (LongAdder[] byActivity : byReason) {
                for (int i = 0; i < ACTIVITIES; i++) {
                    byActivity[i] = new LongAdder();
                }
            }
        }
    }

    /** Counts {@code decision} if it shed (or, in OBSERVE, would have shed) the ID. */
    public void record(ShedDecision decision) {
        int outcome;
        if (decision.outcome() == ShedOutcome.SHED) {
            outcome = 0;
        } else if (decision.outcome() == ShedOutcome.WOULD_SHED) {
            outcome = 1;
        } else {
            return;
        }
        int activity = Activities.index(decision.classification().background());
        counts[outcome][decision.reason().ordinal()][activity].increment();
    }

    /** Starts logging a summary every interval on a daemon thread. */
    public synchronized void start() {
        if (timer != null) {
            throw new IllegalStateException("already started");
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "spillway-shed-summary");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleAtFixedRate(this::flush, millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Logs and resets what was counted since the last flush. Returns the lines logged: none
     * when nothing was shed, else one for sheds and one for would-be sheds as they occurred.
     */
    public synchronized List<String> flush() {
        List<String> lines = new ArrayList<>(2);
        summary(0, "shed").ifPresent(lines::add);
        summary(1, "would have shed (observe mode)").ifPresent(lines::add);
        for (String line : lines) {
            LOG.info(line);
        }
        return lines;
    }

    /** Stops the timer and logs what is left. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        flush();
    }

    private Optional<String> summary(int outcome, String verb) {
        long total = 0;
        StringBuilder detail = new StringBuilder();
        for (ShedReason reason : REASONS) {
            LongAdder[] byActivity = counts[outcome][reason.ordinal()];
            long[] before = flushed[outcome][reason.ordinal()];
            long[] taken = new long[ACTIVITIES];
            long sum = 0;
            for (int i = 0; i < ACTIVITIES; i++) {
                long now = byActivity[i].sum();
                taken[i] = now - before[i];
                before[i] = now;
                sum += taken[i];
            }
            if (sum == 0) {
                continue;
            }
            total += sum;
            detail.append(detail.length() == 0 ? "" : ", ")
                    .append(reason.name().toLowerCase(Locale.ROOT)).append(' ').append(sum)
                    .append(" (");
            String separator = "";
            for (int i = 0; i < ACTIVITIES; i++) {
                if (taken[i] > 0) {
                    detail.append(separator).append(Activities.NAMES[i]).append(' ')
                            .append(taken[i]);
                    separator = ", ";
                }
            }
            detail.append(')');
        }
        if (total == 0) {
            return Optional.empty();
        }
        return Optional.of(verb + " " + total + " background ID" + (total == 1 ? "" : "s")
                + " in the last " + describe(interval) + ": " + detail);
    }

    private static String describe(Duration interval) {
        long seconds = interval.toSeconds();
        return seconds > 0 && interval.toMillis() % 1000 == 0
                ? seconds + "s" : interval.toMillis() + "ms";
    }
}
