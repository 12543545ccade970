package dev.spillway.policy.shed;

import dev.spillway.policy.id.IdClassification;
import java.util.Objects;

/**
 * The answer to one {@code ID}: what to do, why, and the classification it was based on.
 *
 * <p>For {@link ShedOutcome#SHED} the server still sends its untagged {@code * ID (...)} first
 * and then {@code <tag> NO [UNAVAILABLE] } followed by {@link #UNAVAILABLE_TEXT} (TN3189 "Tell
 * Mail to Back Off"; the code is RFC 5530 §3). Every other outcome is answered {@code OK}.
 */
public record ShedDecision(ShedOutcome outcome, ShedReason reason,
        IdClassification classification) {

    /** The response code for a shed ID (RFC 5530 §3), without brackets. */
    public static final String RESPONSE_CODE = "UNAVAILABLE";

    /** The human text after {@code NO [UNAVAILABLE]}. */
    public static final String UNAVAILABLE_TEXT =
            "Background sync postponed, server busy; try again later";

    public ShedDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(classification, "classification");
    }

    /** True when the server must answer {@code NO [UNAVAILABLE]}. */
    public boolean isShed() {
        return outcome == ShedOutcome.SHED;
    }
}
