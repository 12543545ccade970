package dev.spillway.sim.actor;

import dev.spillway.sim.report.DeviceResult;
import dev.spillway.sim.report.Operation;
import dev.spillway.sim.wire.ImapClient;
import dev.spillway.sim.wire.TaggedResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An iPhone after a software update (TN3189): it connects, announces background work in its
 * ID and, if admitted, logs in and downloads every mailbox whole in UID batches. When shed with
 * {@code NO [UNAVAILABLE]} it disconnects and tries again after the retry delay (Mail waits
 * about a day; the run compresses that to seconds). What it downloaded before an interruption
 * it keeps, so a retry resumes.
 */
public final class BackgroundDevice implements Runnable {

    /** What a device needs to know beyond the shared context. */
    public record Plan(int device, int account, boolean indexer, Duration startAfter,
            Duration retryDelay, double retryJitter, int batchSize, long seed) {
    }

    private final RunContext run;
    private final Plan plan;
    private final SplittableRandom random;
    private final Map<String, Long> fetchedUpTo = new HashMap<>();
    private int sheds;
    private int errors;
    private long messages;
    private long bytes;
    private long firstAttempt = -1;
    private double secondsToComplete = -1;

    public BackgroundDevice(RunContext run, Plan plan) {
        this.run = run;
        this.plan = plan;
        this.random = new SplittableRandom(plan.seed());
    }

    @Override
    public void run() {
        if (!run.pause(plan.startAfter())) {
            return;
        }
        while (secondsToComplete < 0 && run.running()) {
            if (firstAttempt < 0) {
                firstAttempt = System.nanoTime();
            }
            Duration wait = attempt();
            if (!wait.isZero()) {
                run.pause(wait);
            }
        }
    }

    /** One connection; returns how long to wait before the next, zero when none is needed. */
    private Duration attempt() {
        ImapClient client = null;
        boolean admitted = false;
        try {
            client = run.connect();
            client.command("CAPABILITY");
            TaggedResult id = run.timed(client, Operation.ID, false,
                    Commands.backgroundId(plan.indexer()));
            if (id.unavailable()) {
                // TN3189 "Tell Mail to Back Off": Mail closes the connection and retries later.
                sheds++;
                run.recorder().shed(System.nanoTime());
                return jittered(plan.retryDelay());
            }
            if (!id.ok()) {
                throw new IOException("ID answered " + id);
            }
            admitted = true;
            run.activeBackground().incrementAndGet();
            run.recorder().admitted(System.nanoTime());
            String user = run.accounts().name(plan.account());
            TaggedResult login = run.timed(client, Operation.LOGIN, false,
                    Commands.authenticatePlain(user, run.accounts().password()));
            if (!login.ok()) {
                throw new IOException("login as " + user + " failed: " + login);
            }
            for (String mailbox : mailboxes(client)) {
                if (!sync(client, mailbox)) {
                    return Duration.ZERO;
                }
            }
            secondsToComplete = (System.nanoTime() - firstAttempt) / 1e9;
            run.recorder().completed(System.nanoTime());
            client.command("LOGOUT");
            return Duration.ZERO;
        } catch (IOException e) {
            if (run.running()) {
                errors++;
                run.recorder().error(System.nanoTime());
                return jittered(Duration.ofSeconds(1));
            }
            return Duration.ZERO;
        } finally {
            if (admitted) {
                run.activeBackground().decrementAndGet();
            }
            run.close(client);
        }
    }

    private List<String> mailboxes(ImapClient client) throws IOException {
        TaggedResult list = run.timed(client, Operation.LIST, false, "LIST \"\" \"*\"");
        if (!list.ok()) {
            throw new IOException("LIST answered " + list);
        }
        List<String> names = new ArrayList<>();
        for (String text : list.untaggedStarting("LIST ")) {
            String mailbox = Commands.selectableMailbox(text);
            if (mailbox != null) {
                names.add(mailbox);
            }
        }
        return names;
    }

    /** Downloads {@code mailbox} from where the last attempt stopped; false if the run ended. */
    private boolean sync(ImapClient client, String mailbox) throws IOException {
        TaggedResult select = run.timed(client, Operation.SELECT, false, "SELECT " + mailbox);
        if (!select.ok()) {
            return true;
        }
        long uidNext = select.codeNumber("UIDNEXT");
        if (select.numbered("EXISTS") == 0) {
            return true;
        }
        if (uidNext < 0) {
            TaggedResult all = run.timed(client, Operation.SEARCH, false, "UID SEARCH ALL");
            uidNext = all.untaggedStarting("SEARCH").stream().flatMap(
                    t -> Commands.searchUids(t).stream()).mapToLong(Long::longValue).max()
                    .orElse(0) + 1;
        }
        long from = fetchedUpTo.getOrDefault(mailbox, 0L) + 1;
        while (from < uidNext) {
            if (!run.running()) {
                return false;
            }
            long to = Math.min(uidNext - 1, from + plan.batchSize() - 1);
            TaggedResult batch = run.timed(client, Operation.BATCH_FETCH, false,
                    "UID FETCH " + from + ":" + to + " (UID FLAGS RFC822.SIZE BODY.PEEK[])");
            if (!batch.ok()) {
                throw new IOException("UID FETCH answered " + batch);
            }
            messages += batch.fetchCount();
            bytes += batch.literalBytes();
            fetchedUpTo.put(mailbox, to);
            from = to + 1;
        }
        return true;
    }

    private Duration jittered(Duration base) {
        double factor = 1 + plan.retryJitter() * (2 * random.nextDouble() - 1);
        return Duration.ofNanos((long) (base.toNanos() * Math.max(0, factor)));
    }

    /** The outcome so far; call after the thread ended. */
    public DeviceResult result() {
        return new DeviceResult(plan.device(), plan.indexer() ? "indexer" : "back-fill",
                secondsToComplete >= 0, sheds, errors, secondsToComplete, messages, bytes);
    }
}
