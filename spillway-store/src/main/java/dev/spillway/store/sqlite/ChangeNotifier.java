package dev.spillway.store.sqlite;

import dev.spillway.store.MailStore;
import dev.spillway.store.MailboxEvent;
import dev.spillway.store.MailboxListener;
import dev.spillway.store.StoreException;
import dev.spillway.store.Subscription;
import dev.spillway.store.account.AccountNames;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns committed changes into {@link MailboxEvent}s, within a process and across processes.
 *
 * <p>After a commit the writer calls {@link #committed}: that schedules a refresh of the
 * account here and rewrites the account's signal file {@code signal/<file-name>}. A process
 * with listeners watches the signal directory with a {@link WatchService} (inotify on Linux, so
 * no polling) and schedules the same refresh when a signal file changes. A refresh reads every
 * mailbox's HIGHESTMODSEQ and tells listeners about each one that differs from what it last
 * saw, so duplicate signals cost one small query and cause no duplicate events. Listeners run
 * on one notification thread, in order.
 */
final class ChangeNotifier implements AutoCloseable {
    /** Reads an account's mailbox ids and HIGHESTMODSEQs; null if the account is gone. */
    @FunctionalInterface
    interface ModSeqReader {
        Map<Long, Long> read(String account) throws StoreException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifier.class);

    private final Path signalDir;
    private final ModSeqReader reader;
    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spillway-store-events");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Watched> watched = new ConcurrentHashMap<>();
    private final Object watchLock = new Object();
    private WatchService watchService;
    private volatile boolean closed;

    ChangeNotifier(Path signalDir, ModSeqReader reader) throws IOException {
        this.signalDir = Files.createDirectories(signalDir);
        this.reader = reader;
    }

    /** Called by a writer right after a commit that changed the account's mail. */
    void committed(String account) {
        String file = AccountNames.fileName(account);
        try {
            Files.write(signalDir.resolve(file), new byte[] {1}, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            // The change is committed; only other processes hear of it later than they could.
            LOG.warn("cannot write signal file {}: {}", file, e.toString());
        }
        Watched w = watched.get(file);
        if (w != null) {
            schedule(w);
        }
    }

    Subscription subscribe(String account, long mailboxId, MailboxListener listener) {
        startWatching();
        String file = AccountNames.fileName(account);
        Watched w = watched.computeIfAbsent(file, f -> new Watched(account));
        Listener entry = new Listener(account, mailboxId, listener);
        w.listeners.add(entry);
        // The state now is the baseline: changes committed from here on are reported, even
        // those whose refresh was queued before this baseline reaches the event thread.
        Map<Long, Long> baseline = readQuietly(account);
        events.execute(() -> w.prime(baseline, reader));
        return () -> w.listeners.remove(entry);
    }

    private Map<Long, Long> readQuietly(String account) {
        try {
            return reader.read(account);
        } catch (StoreException e) {
            LOG.warn("cannot read mailbox state of {}: {}", account, e.getMessage());
            return null;
        }
    }

    private void startWatching() {
        synchronized (watchLock) {
            if (watchService != null || closed) {
                return;
            }
            try {
                watchService = signalDir.getFileSystem().newWatchService();
                signalDir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            } catch (IOException e) {
                LOG.error("cannot watch {}; changes by other processes will go unnoticed",
                        signalDir, e);
                return;
            }
            Thread t = new Thread(this::watchLoop, "spillway-store-watch");
            t.setDaemon(true);
            t.start();
        }
    }

    private void watchLoop() {
        WatchService ws = watchService;
        try {
            while (!closed) {
                WatchKey key = ws.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        watched.values().forEach(this::schedule);
                    } else if (event.context() instanceof Path p) {
                        Watched w = watched.get(p.getFileName().toString());
                        if (w != null) {
                            schedule(w);
                        }
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closing the store ends the loop.
        }
    }

    private void schedule(Watched w) {
        if (!closed && w.pending.compareAndSet(false, true)) {
            events.execute(() -> w.refresh(reader));
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (watchLock) {
            if (watchService != null) {
                try {
                    watchService.close();
                } catch (IOException ignored) {
                    // Nothing left to release.
                }
            }
        }
        events.shutdownNow();
    }

    private record Listener(String account, long mailboxId, MailboxListener listener) {
    }

    /** The listeners of one account and the HIGHESTMODSEQs they were last told about. */
    private static final class Watched {
        final String account;
        final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
        final AtomicBoolean pending = new AtomicBoolean();
        Map<Long, Long> known;

        Watched(String account) {
            this.account = account;
        }

        /** Runs on the notification thread only. */
        void prime(Map<Long, Long> baseline, ModSeqReader reader) {
            if (known == null) {
                known = baseline != null ? baseline : Map.of();
            }
            refresh(reader);
        }

        /** Runs on the notification thread only. */
        void refresh(ModSeqReader reader) {
            pending.set(false);
            if (known == null) {
                // Not primed yet; the prime task that follows compares with its baseline.
                return;
            }
            Map<Long, Long> now;
            try {
                now = reader.read(account);
            } catch (StoreException e) {
                LOG.warn("cannot read mailbox state of {}: {}", account, e.getMessage());
                return;
            }
            if (now == null) {
                now = Map.of();
            }
            Map<Long, Long> before = known;
            known = new HashMap<>(now);
            for (Map.Entry<Long, Long> e : now.entrySet()) {
                if (!e.getValue().equals(before.get(e.getKey()))) {
                    fire(e.getKey(), e.getValue());
                }
            }
            for (Long id : before.keySet()) {
                if (!now.containsKey(id)) {
                    fire(id, 0);
                }
            }
        }

        private void fire(long mailboxId, long highestModSeq) {
            for (Listener l : listeners) {
                if (l.mailboxId() == mailboxId || l.mailboxId() == MailStore.ALL_MAILBOXES) {
                    try {
                        l.listener().changed(new MailboxEvent(l.account(), mailboxId,
                                highestModSeq));
                    } catch (RuntimeException e) {
                        LOG.error("mailbox listener failed", e);
                    }
                }
            }
        }
    }
}
