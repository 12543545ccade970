package dev.spillway.bench;

import dev.spillway.policy.id.IdClassification;
import dev.spillway.policy.id.IdClassifier;
import dev.spillway.policy.id.IdParameters;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedDecision;
import dev.spillway.policy.shed.ShedMode;
import dev.spillway.policy.shed.ShedOutcome;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.policy.shed.ShedSession;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The per-connection cost of TN3189 shedding: classify an {@code ID}, open a session, judge the
 * ID, close the session. {@code classifyOnly} is the baseline the decision cost is read against.
 *
 * <p>The policy is set up so that each kind of ID takes its real path: foreground Apple Mail is
 * admitted as foreground, back-fill is admitted (a slot is taken and given back), indexing is
 * shed because its cap is held by a session opened in setup, and other clients are admitted
 * without a look at the limits. The rate limit is off so that admissions never turn into
 * sheds during a run. With two threads both share one policy, so the slot counters contend.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ClassifyAndDecideBenchmark {

    private static final IdParameters FOREGROUND = apple("periodic,push");
    private static final IdParameters BACK_FILL = apple("back-fill,periodic");
    private static final IdParameters INDEXING = apple("indexer");
    private static final IdParameters NON_APPLE = IdParameters.of("name", "Thunderbird",
            "version", "140.0", "os", "Linux", "vendor", "Mozilla");

    /** Which IDs each operation judges; MIX cycles through all four kinds. */
    @Param({"MIX", "FOREGROUND", "BACK_FILL_ADMITTED", "INDEXING_SHED_AT_CAP", "NON_APPLE"})
    public String ids;

    private IdParameters[] parameters;
    private ShedPolicy policy;
    private ShedSession capHolder;

    /** Per-thread position in {@link #parameters}. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        IdParameters take(IdParameters[] all) {
            IdParameters id = all[next];
            next = next + 1 == all.length ? 0 : next + 1;
            return id;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        parameters = switch (ids) {
            case "MIX" -> new IdParameters[] {FOREGROUND, BACK_FILL, INDEXING, NON_APPLE};
            case "FOREGROUND" -> new IdParameters[] {FOREGROUND};
            case "BACK_FILL_ADMITTED" -> new IdParameters[] {BACK_FILL};
            case "INDEXING_SHED_AT_CAP" -> new IdParameters[] {INDEXING};
            case "NON_APPLE" -> new IdParameters[] {NON_APPLE};
            default -> throw new IllegalArgumentException(ids);
        };
        policy = new ShedPolicy(
                new PolicySettings(ShedMode.AUTO, 1_000_000, 1, 1_000_000, 0, 1, 1.0));
        capHolder = policy.openSession();
        if (capHolder.onId(IdClassifier.classify(INDEXING)).outcome() != ShedOutcome.ADMIT) {
            throw new IllegalStateException("setup could not fill the indexing cap");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        capHolder.close();
        if (policy.snapshot().admittedTotal() != 0) {
            throw new IllegalStateException("slots leaked: " + policy.snapshot());
        }
    }

    @Benchmark
    public IdClassification classifyOnly(Cursor cursor) {
        return IdClassifier.classify(cursor.take(parameters));
    }

    @Benchmark
    public ShedDecision classifyAndDecide(Cursor cursor) {
        return judge(cursor);
    }

    @Benchmark
    @Threads(2)
    public IdClassification classifyOnlyTwoThreads(Cursor cursor) {
        return IdClassifier.classify(cursor.take(parameters));
    }

    @Benchmark
    @Threads(2)
    public ShedDecision classifyAndDecideTwoThreads(Cursor cursor) {
        return judge(cursor);
    }

    private ShedDecision judge(Cursor cursor) {
        IdClassification id = IdClassifier.classify(cursor.take(parameters));
        try (ShedSession session = policy.openSession()) {
            return session.onId(id);
        }
    }

    private static IdParameters apple(String event) {
        return IdParameters.of("name", "com.apple.email.maild", "os", "iOS",
                "os-version", "18.5 (22F76)", "vendor", "Apple Inc", "event", event);
    }
}
