package dev.spillway.admin.http;

/**
 * A request the client got wrong; becomes a 4xx response with {@link #getMessage()} as its
 * body. Never a server error, so never logged with a stack trace.
 */
final class HttpFailure extends Exception {

    private final int status;

    HttpFailure(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
