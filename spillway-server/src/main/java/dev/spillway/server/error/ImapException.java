package dev.spillway.server.error;

import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.protocol.response.Status;

/**
 * A command ends with this status instead of OK. Cheap to throw: no stack trace, because it
 * describes a client's request, not a fault.
 */
public final class ImapException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Status status;
    private final transient ResponseCode code;

    private ImapException(Status status, ResponseCode code, String text) {
        super(text, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** The command was not valid here: {@code tag BAD text}. */
    public static ImapException bad(String text) {
        return new ImapException(Status.BAD, null, text);
    }

    /** The command was not valid here: {@code tag BAD [code] text}. */
    public static ImapException bad(ResponseCode code, String text) {
        return new ImapException(Status.BAD, code, text);
    }

    /** The command was refused: {@code tag NO [code] text}. */
    public static ImapException no(ResponseCode code, String text) {
        return new ImapException(Status.NO, code, text);
    }

    /** The command was refused: {@code tag NO text}. */
    public static ImapException no(String text) {
        return new ImapException(Status.NO, null, text);
    }

    /** The connection must end: {@code * BYE text}. */
    public static ImapException bye(String text) {
        return new ImapException(Status.BYE, null, text);
    }

    public Status status() {
        return status;
    }

    /** The response code, or null. */
    public ResponseCode code() {
        return code;
    }
}
