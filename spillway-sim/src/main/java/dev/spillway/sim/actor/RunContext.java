package dev.spillway.sim.actor;

import dev.spillway.sim.report.Operation;
import dev.spillway.sim.report.Recorder;
import dev.spillway.sim.wire.Connector;
import dev.spillway.sim.wire.ImapClient;
import dev.spillway.sim.wire.TaggedResult;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every simulated client of one run shares: where to connect, where to record, when to
 * stop. {@link #stop()} closes every open connection, so clients blocked in a read return at
 * once; every loop also checks {@link #running()} against the run's deadline.
 */
public final class RunContext {

    private final Connector connector;
    private final Recorder recorder;
    private final Accounts accounts;
    private final long deadlineNanos;
    private final Set<ImapClient> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger activeBackground = new AtomicInteger();
    private volatile boolean stopping;

    public RunContext(Connector connector, Recorder recorder, Accounts accounts,
            long deadlineNanos) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.deadlineNanos = deadlineNanos;
    }

    public Recorder recorder() {
        return recorder;
    }

    public Accounts accounts() {
        return accounts;
    }

    /** Admitted background sessions open now. */
    public AtomicInteger activeBackground() {
        return activeBackground;
    }

    /** True until the deadline passes or {@link #stop()} is called. */
    public boolean running() {
        return !stopping && System.nanoTime() - deadlineNanos < 0;
    }

    /** Ends the run: no new work, and every open connection is closed. */
    public void stop() {
        stopping = true;
        open.forEach(ImapClient::close);
    }

    /** A new connection, tracked so {@link #stop()} can close it. */
    ImapClient connect() throws IOException {
        ImapClient client = connector.connect();
        open.add(client);
        if (stopping) {
            close(client);
            throw new IOException("run stopped");
        }
        return client;
    }

    void close(ImapClient client) {
        if (client != null) {
            open.remove(client);
            client.close();
        }
    }

    /** Sends {@code command} and records its latency under {@code operation}. */
    TaggedResult timed(ImapClient client, Operation operation, boolean foreground,
            String command) throws IOException {
        TaggedResult result = client.command(command);
        recorder.command(operation, foreground, System.nanoTime(), result.latencyNanos());
        return result;
    }

    /** Sleeps up to {@code duration}, less if the run ends; false when it has ended. */
    boolean pause(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        while (running()) {
            long left = Math.min(until, deadlineNanos) - System.nanoTime();
            if (left <= 0) {
                return running();
            }
            try {
                Thread.sleep(Math.max(1, Math.min(200, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
