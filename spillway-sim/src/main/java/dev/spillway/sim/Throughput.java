package dev.spillway.sim;

import dev.spillway.config.Durations;
import dev.spillway.sim.actor.Accounts;
import dev.spillway.sim.wire.Connector;
import dev.spillway.sim.wire.ImapClient;
import dev.spillway.sim.wire.Loopback;
import dev.spillway.sim.wire.TaggedResult;
import dev.spillway.sim.wire.Target;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Command throughput of an IMAP server: {@code connections} clients, each logged in to one of
 * the simulator's accounts with INBOX selected, send a fixed mix of the commands a syncing
 * client sends (NOOP, flag sync of the whole mailbox, UID SEARCH, header fetch of one message,
 * STATUS) one after another for {@code duration}; the result is completed commands per
 * second. The same mix against two servers on one machine compares them.
 */
public final class Throughput {
    private Throughput() {
    }

    /** Completed and failed commands in one run. */
    public record Result(long commands, long failures, Duration duration) {
        public double perSecond() {
            return commands / (duration.toNanos() / 1e9);
        }
    }

    /** Runs the mix against {@code target}. */
    public static Result run(Target target, Accounts accounts, int connections,
            Duration duration) throws InterruptedException {
        Loopback.require(target.host(), false);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            String user = accounts.name(i % accounts.count() + 1);
            Thread thread = new Thread(() -> loop(target, user, accounts.password(), deadline,
                    done, failed), "throughput-" + i);
            threads.add(thread);
            thread.start();
        }
        long started = System.nanoTime();
        for (Thread thread : threads) {
            thread.join(duration.toMillis() + 30_000);
        }
        return new Result(done.get(), failed.get(),
                Duration.ofNanos(Math.min(System.nanoTime() - started, duration.toNanos())));
    }

    private static void loop(Target target, String user, String password, long deadline,
            AtomicLong done, AtomicLong failed) {
        Connector connector = new Connector(target, Duration.ofSeconds(30));
        try (ImapClient client = connector.connect()) {
            expectOk(client.command("LOGIN " + user + " " + password));
            TaggedResult select = client.command("SELECT INBOX");
            expectOk(select);
            long exists = Math.max(1, select.numbered("EXISTS"));
            String[] mix = {
                "NOOP",
                "UID FETCH 1:* (FLAGS)",
                "UID SEARCH UNSEEN",
                null,
                "STATUS Archive (MESSAGES UNSEEN UIDNEXT)",
            };
            long n = 0;
            while (System.nanoTime() < deadline) {
                String command = mix[(int) (n % mix.length)];
                if (command == null) {
                    long seq = 1 + (n * 7919) % exists;
                    command = "FETCH " + seq + " (UID RFC822.SIZE BODY.PEEK[HEADER.FIELDS "
                            + "(FROM TO SUBJECT DATE MESSAGE-ID)])";
                }
                n++;
                if (client.command(command).ok()) {
                    done.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
            }
            client.command("LOGOUT");
        } catch (IOException e) {
            System.err.println("throughput: " + user + ": " + e.getMessage());
            failed.incrementAndGet();
        }
    }

    private static void expectOk(TaggedResult result) throws IOException {
        if (!result.ok()) {
            throw new IOException("command refused: " + result);
        }
    }

    /**
     * {@code Throughput HOST:PORT CONNECTIONS DURATION [ACCOUNTS [PASSWORD]]}: prints
     * {@code commands/s failures}.
     */
    public static void main(String[] args) throws InterruptedException {
        String[] hostPort = args[0].split(":");
        Target target = Target.plain(Integer.parseInt(hostPort[1]));
        int connections = Integer.parseInt(args[1]);
        Duration duration = Durations.parse(args[2]);
        int accounts = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        String password = args.length > 4 ? args[4] : "sim-password";
        Result result = run(target, new Accounts("sim", accounts, password, "localhost"),
                connections, duration);
        System.out.printf("%.0f commands/s, %d commands, %d failures%n", result.perSecond(),
                result.commands(), result.failures());
    }
}
