package dev.spillway.store;

/** A registered {@link MailboxListener}; closing it stops further calls. Idempotent. */
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
