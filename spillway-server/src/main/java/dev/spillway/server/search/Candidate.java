package dev.spillway.server.search;

import dev.spillway.store.MailAccount;
import dev.spillway.store.MessageMeta;
import dev.spillway.store.StoreException;
import dev.spillway.store.mime.MessageStructure;
import dev.spillway.store.mime.TextExtractor;
import java.util.List;

/**
 * One message being searched. The stored structure, the header octets and the whole message
 * are each loaded at most once, and only when a criterion asks for them.
 */
final class Candidate {
    private final MailAccount account;
    private final long mailboxId;
    private final int seq;
    private final MessageMeta meta;
    private final boolean recent;
    private MessageStructure structure;
    private byte[] header;
    private byte[] raw;
    private String bodyText;
    private String headerText;

    Candidate(MailAccount account, long mailboxId, int seq, MessageMeta meta, boolean recent) {
        this.account = account;
        this.mailboxId = mailboxId;
        this.seq = seq;
        this.meta = meta;
        this.recent = recent;
    }

    int seq() {
        return seq;
    }

    MessageMeta meta() {
        return meta;
    }

    boolean recent() {
        return recent;
    }

    MessageStructure structure() throws StoreException {
        if (structure == null) {
            structure = account.structure(mailboxId, meta.uid());
        }
        return structure;
    }

    /** Decoded values of the top-level header fields named {@code name}. */
    List<String> headerValues(String name) throws StoreException {
        return TextExtractor.headerValues(header(), structure().body(), name);
    }

    /** The decoded top-level header, one field per line. */
    String headerText() throws StoreException {
        if (headerText == null) {
            headerText = TextExtractor.headerText(header(), structure().body());
        }
        return headerText;
    }

    /** The decoded text of the body's text parts. */
    String bodyText() throws StoreException {
        if (bodyText == null) {
            bodyText = TextExtractor.bodyText(raw(), structure().body());
        }
        return bodyText;
    }

    /** The header octets only; header offsets index them as they index the whole message. */
    private byte[] header() throws StoreException {
        if (raw != null) {
            return raw;
        }
        if (header == null) {
            header = account.content(mailboxId, meta.uid(), 0, structure().body().bodyStart());
        }
        return header;
    }

    private byte[] raw() throws StoreException {
        if (raw == null) {
            raw = account.content(mailboxId, meta.uid());
            header = null;
        }
        return raw;
    }
}
