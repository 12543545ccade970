package dev.spillway.server;

import dev.spillway.admin.metrics.SpillwayMetrics;
import dev.spillway.store.AppendResult;
import dev.spillway.store.Changes;
import dev.spillway.store.CopyResult;
import dev.spillway.store.FlagMode;
import dev.spillway.store.Flags;
import dev.spillway.store.ListEntry;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxInfo;
import dev.spillway.store.MailboxSnapshot;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.QuotaLimits;
import dev.spillway.store.QuotaOverride;
import dev.spillway.store.QuotaUsage;
import dev.spillway.store.SpecialUse;
import dev.spillway.store.StoreException;
import dev.spillway.store.StoreResult;
import dev.spillway.store.UidSet;
import dev.spillway.store.mime.MessageStructure;
import io.netty.util.internal.ThreadExecutorMap;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A session's view of an account that times every store call into the
 * {@code spillway_store_seconds} histogram, by operation. Calls are passed on unchanged.
 *
 * <p>It also holds the line that the event loop never waits for the disk: a store call made
 * on an event-loop thread fails at once (and is answered {@code NO [SERVERBUG]}) instead of
 * stalling every connection of that loop.
 */
public final class TimedMailAccount implements MailAccount {
    private final MailAccount account;
    private final SpillwayMetrics metrics;

    public TimedMailAccount(MailAccount account, SpillwayMetrics metrics) {
        this.account = account;
        this.metrics = metrics;
    }

    /** A store call that may fail. */
    @FunctionalInterface
    private interface Call<T> {
        T run() throws StoreException;
    }

    private <T> T timed(String operation, Call<T> call) throws StoreException {
        if (ThreadExecutorMap.currentExecutor() != null) {
            throw new IllegalStateException("store call " + operation + " on the event loop");
        }
        long started = System.nanoTime();
        try {
            return call.run();
        } finally {
            metrics.storeOperation(operation, System.nanoTime() - started);
        }
    }

    @Override
    public String name() {
        return account.name();
    }

    @Override
    public List<ListEntry> list() throws StoreException {
        return timed("list", account::list);
    }

    @Override
    public List<String> subscriptions() throws StoreException {
        return timed("subscriptions", account::subscriptions);
    }

    @Override
    public MailboxInfo create(String name, Optional<SpecialUse> specialUse)
            throws StoreException {
        return timed("create", () -> account.create(name, specialUse));
    }

    @Override
    public void delete(String name) throws StoreException {
        timed("delete", () -> {
            account.delete(name);
            return null;
        });
    }

    @Override
    public void rename(String from, String to) throws StoreException {
        timed("rename", () -> {
            account.rename(from, to);
            return null;
        });
    }

    @Override
    public void subscribe(String name) throws StoreException {
        timed("subscribe", () -> {
            account.subscribe(name);
            return null;
        });
    }

    @Override
    public void unsubscribe(String name) throws StoreException {
        timed("unsubscribe", () -> {
            account.unsubscribe(name);
            return null;
        });
    }

    @Override
    public MailboxInfo status(String name) throws StoreException {
        return timed("status", () -> account.status(name));
    }

    @Override
    public MailboxSnapshot select(String name) throws StoreException {
        return timed("select", () -> account.select(name));
    }

    @Override
    public MailboxSnapshot snapshot(long mailboxId) throws StoreException {
        return timed("snapshot", () -> account.snapshot(mailboxId));
    }

    @Override
    public List<MessageMeta> messages(long mailboxId) throws StoreException {
        return timed("messages", () -> account.messages(mailboxId));
    }

    @Override
    public List<Long> claimRecent(long mailboxId) throws StoreException {
        return timed("claim_recent", () -> account.claimRecent(mailboxId));
    }

    @Override
    public AppendResult append(String mailbox, byte[] message, Flags flags,
            OffsetDateTime internalDate) throws StoreException {
        return timed("append", () -> account.append(mailbox, message, flags, internalDate));
    }

    @Override
    public AppendResult append(String mailbox, InputStream message, long size, Flags flags,
            OffsetDateTime internalDate) throws StoreException {
        return timed("append",
                () -> account.append(mailbox, message, size, flags, internalDate));
    }

    @Override
    public byte[] content(long mailboxId, long uid) throws StoreException {
        return timed("content", () -> account.content(mailboxId, uid));
    }

    @Override
    public byte[] content(long mailboxId, long uid, long offset, long length)
            throws StoreException {
        return timed("content", () -> account.content(mailboxId, uid, offset, length));
    }

    @Override
    public MessageStructure structure(long mailboxId, long uid) throws StoreException {
        return timed("structure", () -> account.structure(mailboxId, uid));
    }

    @Override
    public StoreResult store(long mailboxId, UidSet uids, FlagMode mode, Flags flags,
            OptionalLong unchangedSince) throws StoreException {
        return timed("store", () -> account.store(mailboxId, uids, mode, flags,
                unchangedSince));
    }

    @Override
    public CopyResult copy(long mailboxId, UidSet uids, String target) throws StoreException {
        return timed("copy", () -> account.copy(mailboxId, uids, target));
    }

    @Override
    public CopyResult move(long mailboxId, UidSet uids, String target) throws StoreException {
        return timed("move", () -> account.move(mailboxId, uids, target));
    }

    @Override
    public List<Long> expunge(long mailboxId) throws StoreException {
        return timed("expunge", () -> account.expunge(mailboxId));
    }

    @Override
    public List<Long> expunge(long mailboxId, UidSet uids) throws StoreException {
        return timed("expunge", () -> account.expunge(mailboxId, uids));
    }

    @Override
    public Changes changesSince(long mailboxId, long modSeq) throws StoreException {
        return timed("changes_since", () -> account.changesSince(mailboxId, modSeq));
    }

    @Override
    public QuotaLimits quotaLimits() throws StoreException {
        return timed("quota", account::quotaLimits);
    }

    @Override
    public QuotaOverride quotaOverride() throws StoreException {
        return timed("quota", account::quotaOverride);
    }

    @Override
    public void setQuotaOverride(QuotaOverride override) throws StoreException {
        timed("set_quota", () -> {
            account.setQuotaOverride(override);
            return null;
        });
    }

    @Override
    public QuotaUsage quotaUsage() throws StoreException {
        return timed("quota_usage", account::quotaUsage);
    }
}
