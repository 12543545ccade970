package dev.spillway.server.lmtp;

/** What the LMTP front end needs from the store. Both calls block; never on an event loop. */
public interface LmtpDelivery {
    /** The account that receives mail for {@code address}, or null when there is none. */
    String resolve(String address) throws Exception;

    /** Commits {@code message} to the account's INBOX. Returns only once it is durable. */
    void deliver(String account, byte[] message) throws Exception;
}
