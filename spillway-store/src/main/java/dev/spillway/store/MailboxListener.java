package dev.spillway.store;

/**
 * Receives {@link MailboxEvent}s. Called on the store's single notification thread, never on
 * the thread that made the change; implementations must return quickly (hand the event to the
 * session's own executor) and must not call back into the store from this thread.
 */
@FunctionalInterface
public interface MailboxListener {
    void changed(MailboxEvent event);
}
