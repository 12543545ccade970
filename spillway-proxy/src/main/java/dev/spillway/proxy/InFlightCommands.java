package dev.spillway.proxy;

import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.admin.metrics.SpillwayMetrics;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The relayed commands whose tagged response has not come back yet, with the time each one
 * arrived from the client, so that each command's latency can be recorded when the backend's
 * tagged response passes through.
 *
 * <p>Usually holds one command, at most a few when the client pipelines (RFC 9051 §5.5); a
 * server may complete pipelined commands in any order, so responses are matched by tag, oldest
 * first when a client reuses a tag. At most {@link #LIMIT} are kept: a command the backend
 * never answers (the connection breaks, or the client's tag was malformed and the backend
 * answered untagged) must not pile up, so past the limit the oldest is dropped unmeasured.
 *
 * <p>Used on the session's event loop only.
 */
final class InFlightCommands {

    /** More than any client pipelines in practice. */
    static final int LIMIT = 64;

    private record Entry(String tag, String label, long startedNanos) {
    }

    private final SpillwayMetrics metrics;
    private final AdaptiveFeed adaptive;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();

    InFlightCommands(SpillwayMetrics metrics) {
        this(metrics, AdaptiveFeed.NONE);
    }

    InFlightCommands(SpillwayMetrics metrics, AdaptiveFeed adaptive) {
        this.metrics = metrics;
        this.adaptive = adaptive;
    }

    /** A command with this tag and label went to the backend; it arrived at {@code nanos}. */
    void sent(String tag, String label, long nanos) {
        if (entries.size() == LIMIT) {
            entries.removeFirst();
        }
        entries.addLast(new Entry(tag, label, nanos));
    }

    /**
     * The backend's tagged response for {@code tag} arrived at {@code nanos}: records the
     * command's latency under the session's class now.
     *
     * @return the command's label, or null if no command with that tag is in flight
     */
    String answered(String tag, SessionClass sessionClass, long nanos) {
        Iterator<Entry> it = entries.iterator();
        while (it.hasNext()) {
            Entry entry = it.next();
            if (entry.tag().equals(tag)) {
                it.remove();
                long took = nanos - entry.startedNanos();
                metrics.commandCompleted(entry.label(), sessionClass, took);
                adaptive.answered(entry.label(), sessionClass, took);
                return entry.label();
            }
        }
        return null;
    }

    int size() {
        return entries.size();
    }
}
