package dev.spillway.policy.shed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.policy.id.IdClassification;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShedLimitsTest {

    private final MutableClock clock = new MutableClock();

    /** Wide open unless a test narrows one limit; rate 0 is off. */
    private static final PolicySettings OPEN = new PolicySettings(
            ShedMode.AUTO, 1000, 1000, 1000, 0, 1, 1.0);

    private ShedDecision id(ShedPolicy policy, IdClassification id) {
        return policy.openSession().onId(id);
    }

    @Test
    void shedsBackgroundWhenTotalCapReached() {
        ShedPolicy policy = new ShedPolicy(OPEN.withCaps(2, 1000, 1000), clock);

        assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(id(policy, Ids.INDEXING).outcome()).isEqualTo(ShedOutcome.ADMIT);
        ShedDecision third = id(policy, Ids.BACK_FILL);

        assertThat(third.isShed()).isTrue();
        assertThat(third.reason()).isEqualTo(ShedReason.TOTAL_CAP);
        assertThat(policy.snapshot().admittedTotal()).isEqualTo(2);
    }

    @Test
    void shedsIndexingWhenIndexingCapReached() {
        ShedPolicy policy = new ShedPolicy(OPEN.withCaps(1000, 1, 1000), clock);

        assertThat(id(policy, Ids.INDEXING).outcome()).isEqualTo(ShedOutcome.ADMIT);
        ShedDecision second = id(policy, Ids.INDEXING);
        ShedDecision backFill = id(policy, Ids.BACK_FILL);

        assertThat(second.reason()).isEqualTo(ShedReason.INDEXING_CAP);
        assertThat(backFill.outcome()).isEqualTo(ShedOutcome.ADMIT);
        ShedSnapshot snapshot = policy.snapshot();
        assertThat(snapshot.admittedIndexing()).isEqualTo(1);
        assertThat(snapshot.admittedTotal()).isEqualTo(2);
    }

    @Test
    void shedsBackFillWhenBackFillCapReached() {
        ShedPolicy policy = new ShedPolicy(OPEN.withCaps(1000, 1000, 1), clock);

        assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
        ShedDecision second = id(policy, Ids.BACK_FILL);

        assertThat(second.reason()).isEqualTo(ShedReason.BACK_FILL_CAP);
        assertThat(id(policy, Ids.INDEXING).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(policy.snapshot().admittedBackFill()).isEqualTo(1);
    }

    @Test
    void sessionDoingBothCountsAgainstBothCapsAndGivesBackBoth() {
        ShedPolicy policy = new ShedPolicy(OPEN.withCaps(1000, 1, 1000), clock);
        ShedSession both = policy.openSession();

        assertThat(both.onId(Ids.BOTH).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(id(policy, Ids.INDEXING).reason()).isEqualTo(ShedReason.INDEXING_CAP);
        ShedSnapshot held = policy.snapshot();
        assertThat(held.admittedTotal()).isEqualTo(1);
        assertThat(held.admittedIndexing()).isEqualTo(1);
        assertThat(held.admittedBackFill()).isEqualTo(1);

        both.close();

        ShedSnapshot released = policy.snapshot();
        assertThat(released.admittedTotal()).isZero();
        assertThat(released.admittedIndexing()).isZero();
        assertThat(released.admittedBackFill()).isZero();
    }

    @Test
    void refusedAtBackFillCapGivesBackIndexingAndTotal() {
        ShedPolicy policy = new ShedPolicy(OPEN.withCaps(1000, 1000, 0), clock);

        assertThat(id(policy, Ids.BOTH).reason()).isEqualTo(ShedReason.BACK_FILL_CAP);

        ShedSnapshot snapshot = policy.snapshot();
        assertThat(snapshot.admittedTotal()).isZero();
        assertThat(snapshot.admittedIndexing()).isZero();
    }

    // Cap 4, fraction 0.5: indexing-only work stops at 2 held slots, back-fill goes on to 4.
    @Test
    void indexingYieldsFirstWhileBackFillUsesTheRestOfTheCap() {
        ShedPolicy policy = new ShedPolicy(
                OPEN.withCaps(4, 1000, 1000).withIndexingYieldFraction(0.5), clock);

        assertThat(id(policy, Ids.INDEXING).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(id(policy, Ids.INDEXING).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(id(policy, Ids.INDEXING).reason()).isEqualTo(ShedReason.INDEXING_YIELD);
        assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(id(policy, Ids.BOTH).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(id(policy, Ids.BACK_FILL).reason()).isEqualTo(ShedReason.TOTAL_CAP);
    }

    @Test
    void backFillHeldSlotsAlsoMakeIndexingYield() {
        ShedPolicy policy = new ShedPolicy(
                OPEN.withCaps(10, 1000, 1000).withIndexingYieldFraction(0.2), clock);

        id(policy, Ids.BACK_FILL);
        id(policy, Ids.BACK_FILL);

        assertThat(id(policy, Ids.INDEXING).reason()).isEqualTo(ShedReason.INDEXING_YIELD);
    }

    @Test
    void yieldFractionZeroShedsAllIndexingOnlyWork() {
        ShedPolicy policy = new ShedPolicy(OPEN.withIndexingYieldFraction(0), clock);

        assertThat(id(policy, Ids.INDEXING).reason()).isEqualTo(ShedReason.INDEXING_YIELD);
        assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
    }

    @Test
    void rateLimitsNewBackgroundSessionsWithBurst() {
        ShedPolicy policy = new ShedPolicy(OPEN.withRate(2, 3), clock);

        for (int i = 0; i < 3; i++) {
            assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
        }
        assertThat(id(policy, Ids.BACK_FILL).reason()).isEqualTo(ShedReason.RATE);

        clock.advance(Duration.ofMillis(499));
        assertThat(id(policy, Ids.BACK_FILL).reason()).isEqualTo(ShedReason.RATE);

        clock.advance(Duration.ofMillis(1));
        assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(id(policy, Ids.BACK_FILL).reason()).isEqualTo(ShedReason.RATE);

        clock.advance(Duration.ofSeconds(60));
        for (int i = 0; i < 3; i++) {
            assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
        }
        assertThat(id(policy, Ids.BACK_FILL).reason()).isEqualTo(ShedReason.RATE);
        // Refused by rate holds nothing.
        assertThat(policy.snapshot().admittedTotal()).isEqualTo(7);
    }

    @Test
    void repeatedAndSwitchedIdsOnAdmittedSessionPayNoRate() {
        ShedPolicy policy = new ShedPolicy(OPEN.withRate(1, 1), clock);
        ShedSession session = policy.openSession();

        assertThat(session.onId(Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(session.onId(Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(session.onId(Ids.INDEXING).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(id(policy, Ids.BACK_FILL).reason()).isEqualTo(ShedReason.RATE);
    }

    @Test
    void foregroundTrafficPaysNoRate() {
        ShedPolicy policy = new ShedPolicy(OPEN.withRate(1, 1), clock);

        for (int i = 0; i < 10; i++) {
            assertThat(id(policy, Ids.FOREGROUND).outcome()).isEqualTo(ShedOutcome.ADMIT);
        }
        assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
    }

    @Test
    void refusedByCapTakesNoRateToken() {
        ShedPolicy policy = new ShedPolicy(OPEN.withCaps(1000, 0, 1000).withRate(1, 1), clock);

        assertThat(id(policy, Ids.INDEXING).reason()).isEqualTo(ShedReason.INDEXING_CAP);
        assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
    }

    @Test
    void highOverloadShedsIndexingOnlyAndAdmitsBackFill() {
        ShedPolicy policy = new ShedPolicy(OPEN, clock);
        OverloadSignal lag = new FixedSignal("event-loop-lag", OverloadLevel.HIGH);
        policy.addOverloadSignal(lag);

        assertThat(id(policy, Ids.INDEXING).reason()).isEqualTo(ShedReason.OVERLOAD);
        assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(id(policy, Ids.BOTH).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(policy.snapshot().overload()).isEqualTo(OverloadLevel.HIGH);

        policy.removeOverloadSignal(lag);
        assertThat(id(policy, Ids.INDEXING).outcome()).isEqualTo(ShedOutcome.ADMIT);
    }

    @Test
    void criticalOverloadShedsAllBackgroundAndManualSwitchSaysManual() {
        ShedPolicy policy = new ShedPolicy(OPEN, clock);
        ManualOverload manual = new ManualOverload("operator");
        policy.addOverloadSignal(new FixedSignal("store", OverloadLevel.HIGH));
        policy.addOverloadSignal(manual);
        ShedSession held = policy.openSession();
        assertThat(held.onId(Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);

        manual.set(OverloadLevel.CRITICAL);

        assertThat(id(policy, Ids.BACK_FILL).reason()).isEqualTo(ShedReason.MANUAL);
        // An admitted session judged again under overload is shed and gives back its slot.
        assertThat(held.onId(Ids.BACK_FILL).reason()).isEqualTo(ShedReason.MANUAL);
        assertThat(held.holdsSlot()).isFalse();
        assertThat(policy.snapshot().admittedTotal()).isZero();
        // Below the manual switch, the automatic signal decides.
        manual.clear();
        assertThat(id(policy, Ids.INDEXING).reason()).isEqualTo(ShedReason.OVERLOAD);
        assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
    }

    @Test
    void lowerCapsApplyToNewSessionsAndHeldSlotsStay() {
        ShedPolicy policy = new ShedPolicy(OPEN, clock);
        ShedSession first = policy.openSession();
        ShedSession second = policy.openSession();
        first.onId(Ids.BACK_FILL);
        second.onId(Ids.BACK_FILL);

        policy.replaceSettings(OPEN.withCaps(1, 1000, 1000));

        assertThat(first.onId(Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(id(policy, Ids.BACK_FILL).reason()).isEqualTo(ShedReason.TOTAL_CAP);
        first.close();
        assertThat(id(policy, Ids.BACK_FILL).reason()).isEqualTo(ShedReason.TOTAL_CAP);
        second.close();
        assertThat(id(policy, Ids.BACK_FILL).outcome()).isEqualTo(ShedOutcome.ADMIT);
    }

    private record FixedSignal(String name, OverloadLevel level) implements OverloadSignal {
    }
}
