package dev.spillway.protocol.command;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every command Spillway knows, with the states it is allowed in (RFC 9051 §6: "any state",
 * "not authenticated", "authenticated" which includes selected, "selected"). This is the one
 * place that table lives; the server checks it before dispatch.
 */
public enum CommandKind {
    CAPABILITY(States.ANY),
    NOOP(States.ANY),
    LOGOUT(States.ANY),
    /** RFC 2971 §3.1: ID is valid in every state. */
    ID(States.ANY),
    STARTTLS(States.NOT_AUTH),
    AUTHENTICATE(States.NOT_AUTH),
    LOGIN(States.NOT_AUTH),
    /** RFC 5161 §3.1: only valid in the authenticated state, not once a mailbox is selected. */
    ENABLE(EnumSet.of(ImapState.AUTHENTICATED)),
    SELECT(States.AUTH),
    EXAMINE(States.AUTH),
    CREATE(States.AUTH),
    DELETE(States.AUTH),
    RENAME(States.AUTH),
    SUBSCRIBE(States.AUTH),
    UNSUBSCRIBE(States.AUTH),
    LIST(States.AUTH),
    LSUB(States.AUTH),
    NAMESPACE(States.AUTH),
    STATUS(States.AUTH),
    APPEND(States.AUTH),
    IDLE(States.AUTH),
    /** RFC 9208 §4.1: after login, in the authenticated or selected state. */
    GETQUOTA(States.AUTH),
    GETQUOTAROOT(States.AUTH),
    SETQUOTA(States.AUTH),
    /** RFC 4978: after login, in the authenticated or selected state. */
    COMPRESS(States.AUTH),
    CHECK(States.SELECTED),
    CLOSE(States.SELECTED),
    UNSELECT(States.SELECTED),
    EXPUNGE(States.SELECTED),
    UID_EXPUNGE(States.SELECTED),
    SEARCH(States.SELECTED),
    UID_SEARCH(States.SELECTED),
    FETCH(States.SELECTED),
    UID_FETCH(States.SELECTED),
    STORE(States.SELECTED),
    UID_STORE(States.SELECTED),
    COPY(States.SELECTED),
    UID_COPY(States.SELECTED),
    MOVE(States.SELECTED),
    UID_MOVE(States.SELECTED),
    /** RFC 10022 §3: only valid in the selected state. */
    UIDBATCHES(States.SELECTED),
    /** Answered BAD in every state, so allowed everywhere here. */
    UNKNOWN(States.ANY);

    private final Set<ImapState> states;

    CommandKind(Set<ImapState> states) {
        this.states = states;
    }

    /** Whether the command may be used in {@code state}. */
    public boolean allowedIn(ImapState state) {
        return states.contains(state);
    }

    /** The states the command may be used in. */
    public Set<ImapState> states() {
        return EnumSet.copyOf(states);
    }

    /** Whether this is a UID-prefixed command. */
    public boolean isUid() {
        return name().startsWith("UID_");
    }

    private static final class States {
        static final Set<ImapState> ANY = EnumSet.of(ImapState.NOT_AUTHENTICATED,
                ImapState.AUTHENTICATED, ImapState.SELECTED);
        static final Set<ImapState> NOT_AUTH = EnumSet.of(ImapState.NOT_AUTHENTICATED);
        static final Set<ImapState> AUTH = EnumSet.of(ImapState.AUTHENTICATED,
                ImapState.SELECTED);
        static final Set<ImapState> SELECTED = EnumSet.of(ImapState.SELECTED);
    }
}
