package dev.spillway.policy.shed;

import dev.spillway.policy.id.BackgroundWork;
import dev.spillway.policy.id.ClientKind;
import dev.spillway.policy.id.IdClassification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, per {@code ID} command, whether iOS Mail background work is admitted or shed
 * (TN3189). One instance serves the whole server or proxy; each connection gets a
 * {@link ShedSession} from {@link #openSession()}.
 *
 * <p>Order of judgement for an ID: mode OFF admits; a client other than Apple Mail is admitted;
 * foreground is admitted; mode ALWAYS sheds. Then, in AUTO and OBSERVE: an overload signal at
 * CRITICAL sheds all background work, at HIGH it sheds indexing-only work; a session that
 * already holds a slot for exactly the same work keeps it without counting twice; otherwise
 * the caps are tried in the order indexing yield, total (lowered by an adaptive limit when one
 * is set, see {@link #limitBackground}), indexing, back-fill, and last the admission rate,
 * which only a session without a slot pays. OBSERVE records the result as
 * {@link ShedOutcome#WOULD_SHED} and holds slots exactly as AUTO would, so its counters show
 * what AUTO would have admitted.
 *
 * <p>Thread-safety: decisions read the settings and overload signals without locks and count
 * with atomics; only the rare settings changes take this object's monitor.
 */
public final class ShedPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(ShedPolicy.class);

    private final Clock clock;
    private final SlotCounters slots = new SlotCounters();
    private final DecisionCounters decisions = new DecisionCounters();
    private final LongAdder openSessions = new LongAdder();
    private final List<OverloadSignal> signals = new CopyOnWriteArrayList<>();
    private volatile IntSupplier backgroundLimit;
    private Effective configured;
    private volatile Effective current;

    /** The settings in force with their rate state; an override carries its expiry. */
    private record Effective(PolicySettings settings, AdmissionRate rate, Instant expiresAt) {
        Effective(PolicySettings settings, Instant expiresAt) {
            this(settings, new AdmissionRate(settings.rate(), settings.burst()), expiresAt);
        }
    }

    public ShedPolicy(PolicySettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** {@code clock} drives the admission rate and override expiry; tests pass a fake one. */
    public ShedPolicy(PolicySettings settings, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.configured = new Effective(Objects.requireNonNull(settings, "settings"), null);
        this.current = configured;
    }

    /** A handle for one connection; close it when the connection ends. */
    public ShedSession openSession() {
        openSessions.increment();
        return new ShedSession(this);
    }

    /** Registers an overload signal; the highest level of all registered signals counts. */
    public void addOverloadSignal(OverloadSignal signal) {
        signals.add(Objects.requireNonNull(signal, "signal"));
    }

    public void removeOverloadSignal(OverloadSignal signal) {
        signals.remove(signal);
    }

    /**
     * Sets an adaptive limit on background sessions held at once, such as
     * {@code dev.spillway.policy.adaptive.AimdLimit}; {@code null} removes it. In AUTO and
     * OBSERVE the total cap is then the smaller of {@link PolicySettings#backgroundCap()} and
     * {@code limit.getAsInt()}, read on every background ID (so it must be cheap), and the
     * indexing yield limit scales with it. A refusal it alone causes gives
     * {@link ShedReason#ADAPTIVE_LIMIT}.
     */
    public void limitBackground(IntSupplier limit) {
        backgroundLimit = limit;
    }

    /** The total background cap in force now: the configured cap or a lower adaptive limit. */
    public int backgroundLimit() {
        return backgroundCap(settings());
    }

    /**
     * Replaces the configured settings, e.g. after a configuration reload. An active override
     * stays in force until it expires; then these settings apply.
     */
    public synchronized void replaceSettings(PolicySettings settings) {
        Effective replacement = new Effective(Objects.requireNonNull(settings, "settings"), null);
        if (current == configured) {
            current = replacement;
        }
        configured = replacement;
        LOG.info("shedding settings replaced: {}", settings);
    }

    /**
     * Puts {@code settings} in force for {@code ttl}; afterwards the configured settings return.
     * A later override replaces this one. Swapping settings starts a fresh admission rate
     * bucket; slots already held stay held and count against the new caps.
     */
    public synchronized void override(PolicySettings settings, Duration ttl) {
        Objects.requireNonNull(settings, "settings");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive: " + ttl);
        }
        Instant expiresAt = clock.instant().plus(ttl);
        current = new Effective(settings, expiresAt);
        LOG.info("shedding settings overridden until {}: {}", expiresAt, settings);
    }

    /** Ends an override now; the configured settings apply again. */
    public synchronized void clearOverride() {
        if (current != configured) {
            current = configured;
            LOG.info("shedding override cleared: {}", configured.settings());
        }
    }

    /** The settings in force now (an unexpired override, else the configured settings). */
    public PolicySettings settings() {
        return effective(clock.instant()).settings();
    }

    /** The configured settings, ignoring any override. */
    public synchronized PolicySettings configuredSettings() {
        return configured.settings();
    }

    /** Counters and settings for metrics. */
    public ShedSnapshot snapshot() {
        Effective effective = effective(clock.instant());
        return new ShedSnapshot(effective.settings(), effective.expiresAt(), overload().level,
                openSessions.intValue(), slots.total(), slots.indexing(), slots.backFill(),
                decisions.snapshot());
    }

    /** Judges one ID for {@code session}; the caller holds the session's monitor. */
    ShedDecision judge(ShedSession session, IdClassification id) {
        if (!id.isValid()) {
            throw new IllegalArgumentException(
                    "an ID that breaks RFC 2971 is answered BAD, not judged: " + id.violation());
        }
        Instant now = clock.instant();
        Effective effective = effective(now);
        PolicySettings settings = effective.settings();
        ShedReason admitReason = null;
        if (settings.mode() == ShedMode.OFF) {
            admitReason = ShedReason.MODE_OFF;
        } else if (id.clientKind() != ClientKind.APPLE_MAIL) {
            admitReason = ShedReason.NOT_APPLE;
        } else if (!id.isBackground()) {
            admitReason = ShedReason.FOREGROUND;
        }
        if (admitReason != null) {
            release(session);
            return record(ShedOutcome.ADMIT, admitReason, id);
        }
        if (settings.mode() == ShedMode.ALWAYS) {
            release(session);
            return record(ShedOutcome.SHED, ShedReason.ALWAYS, id);
        }
        ShedReason refusal = admit(session, id, effective, now);
        if (refusal == null) {
            return record(ShedOutcome.ADMIT, ShedReason.WITHIN_LIMITS, id);
        }
        ShedOutcome outcome =
                settings.mode() == ShedMode.OBSERVE ? ShedOutcome.WOULD_SHED : ShedOutcome.SHED;
        return record(outcome, refusal, id);
    }

    /** Gives back whatever the session holds; idempotent. */
    void release(ShedSession session) {
        if (session.held != null) {
            slots.release(session.held);
            session.held = null;
        }
    }

    void closed() {
        openSessions.decrement();
    }

    /** Tries to give {@code session} a slot for the work {@code id} announces. */
    private ShedReason admit(ShedSession session, IdClassification id, Effective effective,
            Instant now) {
        Set<BackgroundWork> work = id.background();
        Overload overload = overload();
        boolean shedByOverload = overload.level == OverloadLevel.CRITICAL
                || overload.level == OverloadLevel.HIGH && id.isIndexingOnly();
        if (shedByOverload) {
            release(session);
            return overload.manual ? ShedReason.MANUAL : ShedReason.OVERLOAD;
        }
        if (work.equals(session.held)) {
            return null;
        }
        boolean fresh = session.held == null;
        release(session);
        ShedReason refusal = slots.reserve(work, id.isIndexingOnly(), effective.settings(),
                backgroundCap(effective.settings()));
        if (refusal == null && fresh && !effective.rate().tryAcquire(nanos(now))) {
            slots.release(work);
            refusal = ShedReason.RATE;
        }
        if (refusal == null) {
            session.held = work;
        }
        return refusal;
    }

    private int backgroundCap(PolicySettings settings) {
        IntSupplier limit = backgroundLimit;
        int cap = settings.backgroundCap();
        return limit == null ? cap : Math.max(0, Math.min(cap, limit.getAsInt()));
    }

    private ShedDecision record(ShedOutcome outcome, ShedReason reason, IdClassification id) {
        decisions.count(outcome, reason);
        return new ShedDecision(outcome, reason, id);
    }

    private Effective effective(Instant now) {
        Effective effective = current;
        if (effective.expiresAt() != null && !now.isBefore(effective.expiresAt())) {
            return expire(effective);
        }
        return effective;
    }

    private synchronized Effective expire(Effective expired) {
        if (current == expired) {
            current = configured;
            LOG.info("shedding override expired; configured settings apply: {}",
                    configured.settings());
        }
        return current;
    }

    /** The highest level among the signals; manual when a manual signal gives that level. */
    private Overload overload() {
        OverloadLevel highest = OverloadLevel.NONE;
        boolean manual = false;
        for (OverloadSignal signal : signals) {
            OverloadLevel level = signal.level();
            if (level.compareTo(highest) > 0) {
                highest = level;
                manual = signal.manual();
            } else if (level == highest && level != OverloadLevel.NONE && signal.manual()) {
                manual = true;
            }
        }
        return new Overload(highest, manual);
    }

    private record Overload(OverloadLevel level, boolean manual) {
    }

    private static long nanos(Instant now) {
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
