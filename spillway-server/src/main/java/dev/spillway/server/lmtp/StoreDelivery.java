package dev.spillway.server.lmtp;

import dev.spillway.store.Flags;
import dev.spillway.store.MailStore;

/** LMTP delivery into the embedded store: recipients resolve to accounts, mail goes to INBOX. */
public final class StoreDelivery implements LmtpDelivery {
    private final MailStore store;

    public StoreDelivery(MailStore store) {
        this.store = store;
    }

    @Override
    public String resolve(String address) throws Exception {
        return store.accounts().resolveRecipient(address).orElse(null);
    }

    @Override
    public void deliver(String account, byte[] message) throws Exception {
        store.account(account).append("INBOX", message, Flags.NONE, null);
    }
}
