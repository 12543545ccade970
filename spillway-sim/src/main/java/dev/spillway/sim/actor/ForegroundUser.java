package dev.spillway.sim.actor;

import dev.spillway.sim.report.Operation;
import dev.spillway.sim.wire.ImapClient;
import dev.spillway.sim.wire.TaggedResult;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A person using Mail: one connection that selects INBOX and IDLEs (RFC 2177); when new mail
 * arrives, or after a pause to think, it lists the new headers, opens a message (headers, then
 * the whole body), flags some and moves some to Archive. Every command's latency is recorded
 * as foreground: this is the latency shedding protects.
 */
public final class ForegroundUser implements Runnable {

    /** What a user needs to know beyond the shared context. */
    public record Plan(int account, Duration think, double flagShare, double moveShare,
            long seed) {
    }

    private final RunContext run;
    private final Plan plan;
    private final SplittableRandom random;
    private final List<Long> known = new ArrayList<>();

    public ForegroundUser(RunContext run, Plan plan) {
        this.run = run;
        this.plan = plan;
        this.random = new SplittableRandom(plan.seed());
    }

    @Override
    public void run() {
        // Users start spread over one think time, as people do not act in step.
        if (!run.pause(Duration.ofNanos((long) (random.nextDouble() * plan.think().toNanos())))) {
            return;
        }
        while (run.running()) {
            ImapClient client = null;
            try {
                client = run.connect();
                session(client);
            } catch (IOException e) {
                if (run.running()) {
                    run.recorder().error(System.nanoTime());
                    run.pause(Duration.ofSeconds(1));
                }
            } finally {
                run.close(client);
            }
        }
    }

    private void session(ImapClient client) throws IOException {
        run.timed(client, Operation.ID, true, Commands.foregroundId());
        String user = run.accounts().name(plan.account());
        TaggedResult login = run.timed(client, Operation.LOGIN, true,
                Commands.authenticatePlain(user, run.accounts().password()));
        if (!login.ok()) {
            throw new IOException("login as " + user + " failed: " + login);
        }
        require(run.timed(client, Operation.SELECT, true, "SELECT INBOX"));
        TaggedResult all = require(run.timed(client, Operation.SEARCH, true, "UID SEARCH ALL"));
        known.clear();
        all.untaggedStarting("SEARCH").forEach(t -> known.addAll(Commands.searchUids(t)));
        while (run.running()) {
            Duration think = Duration.ofNanos((long) ((0.5 + random.nextDouble())
                    * plan.think().toNanos()));
            TaggedResult idle = client.idle(think, line -> line.untagged()
                    && line.text().toUpperCase(java.util.Locale.ROOT).endsWith(" EXISTS"));
            run.recorder().command(Operation.IDLE_DONE, true, System.nanoTime(),
                    idle.latencyNanos());
            if (!run.running()) {
                return;
            }
            long open = idle.numbered("EXISTS") >= 0 ? newMail(client) : -1;
            if (open < 0 && !known.isEmpty()) {
                open = known.get(random.nextInt(known.size()));
            }
            if (open >= 0) {
                read(client, open);
            }
        }
    }

    /** Lists headers of messages above the highest known UID; returns the newest, or -1. */
    private long newMail(ImapClient client) throws IOException {
        long highest = known.stream().mapToLong(Long::longValue).max().orElse(0);
        TaggedResult headers = require(run.timed(client, Operation.FETCH_HEADERS, true,
                "UID FETCH " + (highest + 1) + ":* (UID FLAGS "
                        + "BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])"));
        long newest = -1;
        for (long uid : Commands.fetchedUids(headers.untaggedStarting(""))) {
            if (uid > highest) {
                known.add(uid);
                newest = Math.max(newest, uid);
            }
        }
        return newest;
    }

    /** Opens one message: headers, then the body; then maybe flags or archives it. */
    private void read(ImapClient client, long uid) throws IOException {
        run.timed(client, Operation.FETCH_HEADERS, true,
                "UID FETCH " + uid + " (UID FLAGS BODY.PEEK[HEADER])");
        run.timed(client, Operation.FETCH_BODY, true, "UID FETCH " + uid + " (UID BODY[])");
        if (random.nextDouble() < plan.flagShare()) {
            run.timed(client, Operation.STORE, true, "UID STORE " + uid + " +FLAGS (\\Flagged)");
        }
        if (random.nextDouble() < plan.moveShare()) {
            TaggedResult moved = run.timed(client, Operation.MOVE, true,
                    "UID MOVE " + uid + " Archive");
            if (moved.ok()) {
                known.remove(Long.valueOf(uid));
            }
        }
    }

    private static TaggedResult require(TaggedResult result) throws IOException {
        if (!result.ok()) {
            throw new IOException("command failed: " + result);
        }
        return result;
    }
}
