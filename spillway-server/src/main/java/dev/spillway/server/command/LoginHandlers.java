package dev.spillway.server.command;

import dev.spillway.admin.metrics.LoginOutcome;
import dev.spillway.protocol.command.AuthenticateCommand;
import dev.spillway.server.TimedMailAccount;
import dev.spillway.protocol.command.LoginCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.auth.AuthResult;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.session.Exchange;
import dev.spillway.server.session.ImapSession;
import dev.spillway.transport.codec.ImapCommandDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LOGIN (RFC 9051 §6.2.3) and AUTHENTICATE PLAIN (RFC 4616) with SASL-IR (RFC 4959). The
 * password check completes asynchronously, so no pool thread waits for the hash or for the
 * delay that follows a failure.
 */
final class LoginHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(LoginHandlers.class);

    void login(LoginCommand command, Exchange exchange) throws Exception {
        requirePrivacy(exchange);
        verify(command.userid(), command.password(), exchange);
    }

    void authenticate(AuthenticateCommand command, Exchange exchange) throws Exception {
        if (!"PLAIN".equals(command.mechanism())) {
            throw ImapException.no("Unsupported authentication mechanism "
                    + command.mechanism());
        }
        requirePrivacy(exchange);
        if (command.initialResponse() != null) {
            plain(command.initialResponse(), exchange);
        } else {
            exchange.continueWith("", this::plainContinuation);
        }
    }

    private void plainContinuation(String line, Exchange exchange) throws Exception {
        if ("*".equals(line)) {
            throw ImapException.bad("Authentication cancelled"); // RFC 9051 §6.2.2
        }
        plain(line, exchange);
    }

    private void plain(String base64, Exchange exchange) throws Exception {
        byte[] decoded;
        try {
            decoded = "=".equals(base64) ? new byte[0] : Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw ImapException.bad("Invalid base64 in the PLAIN response");
        }
        String[] parts = new String(decoded, StandardCharsets.UTF_8).split("\0", -1);
        if (parts.length != 3 || parts[1].isEmpty()) {
            throw ImapException.bad("A PLAIN response is authzid NUL authcid NUL password");
        }
        if (!parts[0].isEmpty() && !parts[0].equalsIgnoreCase(parts[1])) {
            throw ImapException.no(ResponseCode.AUTHENTICATIONFAILED,
                    "Logging in as another user is not supported");
        }
        verify(parts[1], parts[2], exchange);
    }

    private static void requirePrivacy(Exchange exchange) throws ImapException {
        if (!Capabilities.plaintextAllowed(exchange.session(), exchange.server())) {
            exchange.server().observability().metrics().login(LoginOutcome.REFUSED);
            throw ImapException.no(ResponseCode.PRIVACYREQUIRED,
                    "Use STARTTLS or implicit TLS before sending a password");
        }
    }

    private static void verify(String user, String password, Exchange exchange) {
        ImapSession session = exchange.session();
        CompletableFuture<AuthResult> check = exchange.server().authenticator()
                .authenticate(user, password, session.remote().getAddress());
        exchange.after(check, () -> finish(user, check.join(), exchange));
    }

    private static void finish(String user, AuthResult result, Exchange exchange)
            throws Exception {
        ImapSession session = exchange.session();
        String who = LogSafe.name(user);
        var metrics = exchange.server().observability().metrics();
        if (result.outcome() == AuthResult.Outcome.ERROR) {
            metrics.login(LoginOutcome.ERROR);
            LOG.warn("login session={} user={} outcome=error", session.id(), who);
            throw ImapException.no(ResponseCode.UNAVAILABLE,
                    "Authentication is unavailable, try again later");
        }
        if (!result.succeeded()) {
            metrics.login(LoginOutcome.FAILURE);
            LOG.info("login session={} user={} remote={} outcome=failure", session.id(), who,
                    session.remote().getAddress().getHostAddress());
            throw ImapException.no(ResponseCode.AUTHENTICATIONFAILED, "Invalid credentials");
        }
        metrics.login(LoginOutcome.SUCCESS);
        session.authenticated(result.account(), new TimedMailAccount(
                exchange.server().store().account(result.account()), metrics));
        LOG.info("login session={} user={} remote={} outcome=success cached={}", session.id(),
                result.account(), session.remote().getAddress().getHostAddress(),
                result.outcome() == AuthResult.Outcome.CACHED);
        int literal = exchange.server().settings().authenticatedLiteralSize();
        exchange.onEventLoop(ctx -> {
            ctx.pipeline().get(ImapCommandDecoder.class).setMaxLiteralSize(literal);
            Timeouts.authenticated(ctx, exchange.server().settings().idleTimeout());
        });
        exchange.ok(ResponseCode.of("CAPABILITY", Capabilities.of(session, exchange.server())),
                "Logged in");
    }
}
