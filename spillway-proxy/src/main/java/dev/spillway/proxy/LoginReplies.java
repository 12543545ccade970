package dev.spillway.proxy;

import dev.spillway.admin.metrics.LoginOutcome;

/**
 * How a backend's tagged response to LOGIN or AUTHENTICATE counts in the login metrics.
 *
 * <p>{@code NO [UNAVAILABLE]} and {@code NO [SERVERBUG]} (RFC 5530 §3) mean the backend could
 * not check the credentials, so they are errors, not failed logins; {@code NO
 * [PRIVACYREQUIRED]} means it refused before checking them. {@code BAD} is not a login attempt
 * at all (a syntax error, or a client cancelling AUTHENTICATE, RFC 9051 §6.2.2) and is not
 * counted, as on the server.
 */
final class LoginReplies {

    private LoginReplies() {
    }

    /** The outcome {@code tagged} reports, or null when it does not count as a login. */
    static LoginOutcome outcome(ResponseLine tagged) {
        return switch (tagged.word()) {
            case "OK" -> LoginOutcome.SUCCESS;
            case "NO" -> switch (tagged.code()) {
                case "UNAVAILABLE", "SERVERBUG" -> LoginOutcome.ERROR;
                case "PRIVACYREQUIRED" -> LoginOutcome.REFUSED;
                default -> LoginOutcome.FAILURE;
            };
            default -> null;
        };
    }
}
