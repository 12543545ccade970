package dev.spillway.store;

/**
 * A store operation that failed. The {@link Kind} says why, so the server can map every failure
 * to one response in one place; the message is for operators and may be shown to the client.
 */
public final class StoreException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why an operation failed; the names follow the RFC 5530 response codes they map to. */
    public enum Kind {
        /** The mailbox, message or account does not exist. */
        NONEXISTENT,
        /** The mailbox or account to be created already exists. */
        ALREADYEXISTS,
        /** The target mailbox of an append, copy or move does not exist (RFC 3501 §6.3.11). */
        TRYCREATE,
        /** The message is larger than the store accepts (RFC 7889 APPENDLIMIT). */
        TOOBIG,
        /**
         * The change would take the account over a limit of its quota (RFC 9208 §4.3,
         * RFC 5530 OVERQUOTA); nothing was stored.
         */
        OVERQUOTA,
        /** The operation is not allowed on this object, e.g. deleting INBOX. */
        CANNOT,
        /** The name is not acceptable as a mailbox or account name. */
        INVALIDNAME,
        /** The storage is busy or unreachable right now; a retry may succeed. */
        UNAVAILABLE,
        /** Anything unexpected: the server logs it with its id and answers NO [SERVERBUG]. */
        SERVERBUG
    }

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True for failures caused by the request rather than by the store itself. */
    public boolean isClientError() {
        return kind != Kind.SERVERBUG && kind != Kind.UNAVAILABLE;
    }

    public static StoreException nonexistent(String what) {
        return new StoreException(Kind.NONEXISTENT, what + " does not exist");
    }
}
