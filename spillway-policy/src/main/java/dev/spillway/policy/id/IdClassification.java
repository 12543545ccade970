package dev.spillway.policy.id;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one {@code ID} command says about the connection.
 *
 * @param clientKind who the client is, for TN3189
 * @param background the background work announced; empty means foreground. Only ever non-empty
 *     for {@link ClientKind#APPLE_MAIL}
 * @param events the {@code event} identifiers seen, trimmed and sanitized for logs (Apple Mail
 *     only; at most {@link IdClassifier#MAX_EVENTS_KEPT}, each cut to
 *     {@link IdClassifier#MAX_EVENT_CHARS} characters), ignored ones included
 * @param clientName the {@code name} value sanitized for logs (printable ASCII, at most
 *     {@link IdClassifier#MAX_NAME_CHARS} characters); empty when absent or NIL
 * @param violation the RFC 2971 limit broken, or {@code null} when the ID is valid; when set,
 *     the server answers {@code BAD} and the other components carry no decision
 */
public record IdClassification(
        ClientKind clientKind,
        Set<BackgroundWork> background,
        List<String> events,
        String clientName,
        IdViolation violation) {

    public IdClassification {
        Objects.requireNonNull(clientKind, "clientKind");
        Objects.requireNonNull(clientName, "clientName");
        background = background.isEmpty()
                ? Collections.emptySet()
                : Collections.unmodifiableSet(EnumSet.copyOf(background));
        events = List.copyOf(events);
        if (!background.isEmpty() && clientKind != ClientKind.APPLE_MAIL) {
            throw new IllegalArgumentException("only Apple Mail announces background work");
        }
        if (violation != null && !background.isEmpty()) {
            throw new IllegalArgumentException("an invalid ID carries no background work");
        }
    }

    /** The result for {@code ID NIL}. */
    public static IdClassification none() {
        return new IdClassification(ClientKind.NONE, Set.of(), List.of(), "", null);
    }

    /** The result for an ID that breaks an RFC 2971 limit. */
    public static IdClassification invalid(IdViolation violation, String clientName) {
        Objects.requireNonNull(violation, "violation");
        return new IdClassification(ClientKind.OTHER, Set.of(), List.of(), clientName, violation);
    }

    /** True unless an RFC 2971 limit was broken. */
    public boolean isValid() {
        return violation == null;
    }

    /** True when Apple Mail announced {@code indexer} or {@code back-fill}. */
    public boolean isBackground() {
        return !background.isEmpty();
    }

    /** {@link Activity#BACKGROUND} exactly when {@link #isBackground()}. */
    public Activity activity() {
        return isBackground() ? Activity.BACKGROUND : Activity.FOREGROUND;
    }

    /** True when the announced work is indexing and nothing else. */
    public boolean isIndexingOnly() {
        return background.size() == 1 && background.contains(BackgroundWork.INDEXING);
    }
}
