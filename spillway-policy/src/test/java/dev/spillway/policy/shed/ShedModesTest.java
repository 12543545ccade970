package dev.spillway.policy.shed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.policy.id.IdClassification;
import dev.spillway.policy.id.IdClassifier;
import dev.spillway.policy.id.IdParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShedModesTest {

    private final MutableClock clock = new MutableClock();

    private ShedPolicy policy(ShedMode mode) {
        return new ShedPolicy(PolicySettings.defaults().withMode(mode), clock);
    }

    @Test
    void defaultModeIsAuto() {
        assertThat(PolicySettings.defaults().mode()).isEqualTo(ShedMode.AUTO);
    }

    @Test
    void offAdmitsBackgroundWithoutHoldingSlot() {
        ShedPolicy policy = policy(ShedMode.OFF);
        ShedSession session = policy.openSession();

        ShedDecision decision = session.onId(Ids.BACK_FILL);

        assertThat(decision.outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(decision.reason()).isEqualTo(ShedReason.MODE_OFF);
        assertThat(session.holdsSlot()).isFalse();
        assertThat(policy.snapshot().admittedTotal()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = ShedMode.class, names = {"OBSERVE", "AUTO", "ALWAYS"})
    void otherClientsAreNeverShed(ShedMode mode) {
        ShedPolicy policy = policy(mode);
        ShedSession session = policy.openSession();

        ShedDecision other = session.onId(Ids.OTHER);
        ShedDecision nil = session.onId(Ids.NIL);

        assertThat(other.outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(other.reason()).isEqualTo(ShedReason.NOT_APPLE);
        assertThat(nil.reason()).isEqualTo(ShedReason.NOT_APPLE);
        assertThat(session.holdsSlot()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ShedMode.class, names = {"OBSERVE", "AUTO", "ALWAYS"})
    void foregroundIsNeverShed(ShedMode mode) {
        ShedPolicy policy = policy(mode);
        ManualOverload manual = new ManualOverload("manual");
        manual.set(OverloadLevel.CRITICAL);
        policy.addOverloadSignal(manual);

        ShedDecision decision = policy.openSession().onId(Ids.FOREGROUND);

        assertThat(decision.outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(decision.reason()).isEqualTo(ShedReason.FOREGROUND);
    }

    @Test
    void alwaysShedsEveryBackgroundId() {
        ShedPolicy policy = policy(ShedMode.ALWAYS);

        for (IdClassification id : new IdClassification[] {Ids.BACK_FILL, Ids.INDEXING, Ids.BOTH}) {
            ShedSession session = policy.openSession();
            ShedDecision decision = session.onId(id);

            assertThat(decision.isShed()).isTrue();
            assertThat(decision.reason()).isEqualTo(ShedReason.ALWAYS);
            assertThat(decision.classification()).isSameAs(id);
            assertThat(session.holdsSlot()).isFalse();
        }
        assertThat(policy.snapshot().decisions(ShedOutcome.SHED, ShedReason.ALWAYS)).isEqualTo(3);
    }

    @Test
    void autoAdmitsBackgroundWithinLimits() {
        ShedPolicy policy = policy(ShedMode.AUTO);
        ShedSession session = policy.openSession();

        ShedDecision decision = session.onId(Ids.BACK_FILL);

        assertThat(decision.outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(decision.reason()).isEqualTo(ShedReason.WITHIN_LIMITS);
        assertThat(session.holdsSlot()).isTrue();
        assertThat(policy.snapshot().admittedBackFill()).isEqualTo(1);
    }

    @Test
    void observeRecordsWouldShedButNeverSheds() {
        ShedPolicy policy = new ShedPolicy(
                PolicySettings.defaults().withMode(ShedMode.OBSERVE).withCaps(1, 1, 1), clock);
        ShedSession first = policy.openSession();
        ShedSession second = policy.openSession();

        ShedDecision admitted = first.onId(Ids.BACK_FILL);
        ShedDecision wouldShed = second.onId(Ids.BACK_FILL);

        assertThat(admitted.outcome()).isEqualTo(ShedOutcome.ADMIT);
        assertThat(wouldShed.outcome()).isEqualTo(ShedOutcome.WOULD_SHED);
        assertThat(wouldShed.reason()).isEqualTo(ShedReason.TOTAL_CAP);
        assertThat(wouldShed.isShed()).isFalse();
        // Counters show what AUTO would have admitted: only the first session.
        ShedSnapshot snapshot = policy.snapshot();
        assertThat(snapshot.admittedTotal()).isEqualTo(1);
        assertThat(snapshot.decisions(ShedOutcome.WOULD_SHED, ShedReason.TOTAL_CAP)).isEqualTo(1);
        assertThat(snapshot.decisions(ShedOutcome.SHED)).isZero();
    }

    @Test
    void invalidIdIsNotJudged() {
        IdClassification invalid = IdClassifier.classify(IdParameters.of("a", "1", "A", "2"));
        ShedSession session = policy(ShedMode.AUTO).openSession();

        assertThatThrownBy(() -> session.onId(invalid))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BAD");
    }

    @Test
    void unavailableTextIsShortPrintableAscii() {
        assertThat(ShedDecision.UNAVAILABLE_TEXT).matches("[ -~]{1,80}").doesNotContain("]");
        assertThat(ShedDecision.RESPONSE_CODE).isEqualTo("UNAVAILABLE");
    }
}
