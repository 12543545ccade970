package dev.spillway.server.fetch;

import dev.spillway.store.MailAccount;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.StoreException;
import dev.spillway.store.mime.MessageStructure;

/**
 * One message being fetched; its structure and content are loaded once, when first needed. A
 * fetch of top-level header items only reads the header octets, not the whole message.
 */
public final class FetchedMessage {
    private final MailAccount account;
    private final long mailboxId;
    private final MessageMeta meta;
    private MessageStructure structure;
    private byte[] raw;
    private byte[] header;

    public FetchedMessage(MailAccount account, long mailboxId, MessageMeta meta) {
        this.account = account;
        this.mailboxId = mailboxId;
        this.meta = meta;
    }

    public MessageMeta meta() {
        return meta;
    }

    MessageStructure structure() throws StoreException {
        if (structure == null) {
            structure = account.structure(mailboxId, meta.uid());
        }
        return structure;
    }

    byte[] raw() throws StoreException {
        if (raw == null) {
            raw = account.content(mailboxId, meta.uid());
            header = null;
        }
        return raw;
    }

    /**
     * The message's header octets, or the whole message if it is loaded already; either way
     * the top-level header offsets index it as they index the whole message.
     */
    byte[] header() throws StoreException {
        if (raw != null) {
            return raw;
        }
        if (header == null) {
            header = account.content(mailboxId, meta.uid(), 0, structure().body().bodyStart());
        }
        return header;
    }
}
