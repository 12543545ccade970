package dev.spillway.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.server.testing.TestServer;
import dev.spillway.store.MailAccount;
import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store is timed per call, and never reached from an event-loop thread. */
class TimedMailAccountTest {
    @TempDir
    Path data;

    @Test
    void refusesStoreCallsOnTheEventLoop() throws Exception {
        try (TestServer server = TestServer.start(data).user("ann", "secret")) {
            ServerContext context = server.server().context();
            MailAccount account = new TimedMailAccount(context.store().account("ann"),
                    context.observability().metrics());

            assertThat(account.list()).isNotEmpty();
            EventLoop loop = new DefaultEventLoop();
            try {
                CompletableFuture<Object> onLoop = new CompletableFuture<>();
                loop.execute(() -> {
                    try {
                        onLoop.complete(account.list());
                    } catch (Throwable t) {
                        onLoop.completeExceptionally(t);
                    }
                });
                assertThat(onLoop).failsWithin(10, TimeUnit.SECONDS)
                        .withThrowableOfType(ExecutionException.class)
                        .withCauseInstanceOf(IllegalStateException.class)
                        .withMessageContaining("on the event loop");
            } finally {
                loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            }
        }
    }
}
