package dev.spillway.server;

import dev.spillway.admin.Observability;
import dev.spillway.policy.adaptive.AdaptiveShedding;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.server.auth.Authenticator;
import dev.spillway.server.work.WorkScheduler;
import dev.spillway.store.MailStore;
import io.netty.handler.ssl.SslContext;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every session of one server shares.
 *
 * @param settings the session settings
 * @param store the mail store
 * @param authenticator password checks, off the event loop
 * @param policy the TN3189 shedding policy
 * @param work the pool that runs store work, foreground first
 * @param timer for delayed work such as answering failed logins late
 * @param tls the server's TLS context, for the implicit TLS port and STARTTLS
 * @param observability metrics, recent shed decisions and their log summaries
 * @param adaptive the overload signals that lower the background limit in auto mode
 */
public record ServerContext(
        ServerSettings settings,
        MailStore store,
        Authenticator authenticator,
        ShedPolicy policy,
        WorkScheduler work,
        ScheduledExecutorService timer,
        SslContext tls,
        Observability observability,
        AdaptiveShedding adaptive) {
}
