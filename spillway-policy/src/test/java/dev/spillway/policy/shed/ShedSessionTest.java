package dev.spillway.policy.shed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShedSessionTest {

    private final MutableClock clock = new MutableClock();
    private final ShedPolicy policy = new ShedPolicy(
            new PolicySettings(ShedMode.AUTO, 1, 1, 1, 0, 1, 1.0), clock);

    @Test
    void foregroundBackgroundForegroundTakesAndGivesBackTheSlot() {
        ShedSession session = policy.openSession();

        session.onId(Ids.FOREGROUND);
        assertThat(policy.snapshot().admittedTotal()).isZero();

        session.onId(Ids.BACK_FILL);
        assertThat(policy.snapshot().admittedTotal()).isEqualTo(1);

        session.onId(Ids.FOREGROUND);
        assertThat(policy.snapshot().admittedTotal()).isZero();
        assertThat(session.holdsSlot()).isFalse();
        // The slot is free again for someone else.
        assertThat(policy.openSession().onId(Ids.BACK_FILL).outcome())
                .isEqualTo(ShedOutcome.ADMIT);
    }

    @Test
    void sameBackgroundIdAgainKeepsTheSlotWithoutCountingTwice() {
        ShedSession session = policy.openSession();

        for (int i = 0; i < 5; i++) {
            ShedDecision decision = session.onId(Ids.apple("periodic,back-fill"));
            assertThat(decision.outcome()).isEqualTo(ShedOutcome.ADMIT);
        }

        assertThat(policy.snapshot().admittedTotal()).isEqualTo(1);
        assertThat(policy.snapshot().admittedBackFill()).isEqualTo(1);
    }

    @Test
    void switchingBetweenKindsTradesTheSlot() {
        ShedSession session = policy.openSession();
        session.onId(Ids.BACK_FILL);

        assertThat(session.onId(Ids.INDEXING).outcome()).isEqualTo(ShedOutcome.ADMIT);

        ShedSnapshot snapshot = policy.snapshot();
        assertThat(snapshot.admittedTotal()).isEqualTo(1);
        assertThat(snapshot.admittedIndexing()).isEqualTo(1);
        assertThat(snapshot.admittedBackFill()).isZero();
    }

    @Test
    void switchingToOtherClientGivesBackTheSlot() {
        ShedSession session = policy.openSession();
        session.onId(Ids.BACK_FILL);

        assertThat(session.onId(Ids.OTHER).reason()).isEqualTo(ShedReason.NOT_APPLE);

        assertThat(policy.snapshot().admittedTotal()).isZero();
    }

    @Test
    void shedSessionHoldsNoSlot() {
        policy.openSession().onId(Ids.BACK_FILL);
        ShedSession shed = policy.openSession();

        assertThat(shed.onId(Ids.BACK_FILL).isShed()).isTrue();
        assertThat(shed.holdsSlot()).isFalse();

        shed.close();
        assertThat(policy.snapshot().admittedTotal()).isEqualTo(1);
    }

    @Test
    void heldSlotShedByModeChangeIsGivenBack() {
        ShedSession session = policy.openSession();
        session.onId(Ids.BACK_FILL);

        policy.replaceSettings(policy.settings().withMode(ShedMode.ALWAYS));

        assertThat(session.onId(Ids.BACK_FILL).isShed()).isTrue();
        assertThat(policy.snapshot().admittedTotal()).isZero();
    }

    @Test
    void closeIsIdempotentAndGivesBackTheSlot() {
        ShedSession session = policy.openSession();
        session.onId(Ids.BOTH);
        assertThat(policy.snapshot().openSessions()).isEqualTo(1);

        session.close();
        session.close();

        ShedSnapshot snapshot = policy.snapshot();
        assertThat(snapshot.openSessions()).isZero();
        assertThat(snapshot.admittedTotal()).isZero();
        assertThat(snapshot.admittedIndexing()).isZero();
        assertThat(snapshot.admittedBackFill()).isZero();
    }

    @Test
    void idAfterCloseIsRefused() {
        ShedSession session = policy.openSession();
        session.close();

        assertThatThrownBy(() -> session.onId(Ids.BACK_FILL))
                .isInstanceOf(IllegalStateException.class);
        assertThat(policy.snapshot().admittedTotal()).isZero();
    }

    @Test
    void decisionsAreCountedByOutcomeAndReason() {
        ShedSession session = policy.openSession();
        session.onId(Ids.FOREGROUND);
        session.onId(Ids.BACK_FILL);
        policy.openSession().onId(Ids.BACK_FILL);
        policy.openSession().onId(Ids.OTHER);

        ShedSnapshot snapshot = policy.snapshot();

        assertThat(snapshot.decisions(ShedOutcome.ADMIT, ShedReason.FOREGROUND)).isEqualTo(1);
        assertThat(snapshot.decisions(ShedOutcome.ADMIT, ShedReason.WITHIN_LIMITS)).isEqualTo(1);
        assertThat(snapshot.decisions(ShedOutcome.SHED, ShedReason.TOTAL_CAP)).isEqualTo(1);
        assertThat(snapshot.decisions(ShedOutcome.ADMIT, ShedReason.NOT_APPLE)).isEqualTo(1);
        assertThat(snapshot.decisions(ShedOutcome.ADMIT)).isEqualTo(3);
        assertThat(snapshot.decisions().get(ShedOutcome.WOULD_SHED))
                .hasSize(ShedReason.values().length);
    }
}
