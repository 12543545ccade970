package dev.spillway.server.auth;

/** The outcome of one authentication attempt. */
public record AuthResult(Outcome outcome, String account) {
    /** What happened; {@link #ERROR} means the check itself failed, not the password. */
    public enum Outcome { SUCCESS, CACHED, FAILURE, ERROR }

    public static AuthResult failure() {
        return new AuthResult(Outcome.FAILURE, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS || outcome == Outcome.CACHED;
    }
}
