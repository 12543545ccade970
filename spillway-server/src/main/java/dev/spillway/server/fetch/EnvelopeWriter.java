package dev.spillway.server.fetch;

import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.store.mime.Address;
import dev.spillway.store.mime.Envelope;
import java.util.List;

/**
 * Writes ENVELOPE (RFC 3501 §7.4.2): date, subject, from, sender, reply-to, to, cc, bcc,
 * in-reply-to and message-id. Strings are the raw header values; absent ones and empty address
 * lists are NIL.
 */
public final class EnvelopeWriter {
    private EnvelopeWriter() {
    }

    public static void write(ImapWriter out, Envelope envelope) {
        StructureTokens tokens = new StructureTokens();
        add(tokens, envelope);
        tokens.writeTo(out);
    }

    static void add(StructureTokens t, Envelope envelope) {
        t.open();
        t.nstring(envelope.date());
        t.nstring(envelope.subject());
        addresses(t, envelope.from());
        addresses(t, envelope.sender());
        addresses(t, envelope.replyTo());
        addresses(t, envelope.to());
        addresses(t, envelope.cc());
        addresses(t, envelope.bcc());
        t.nstring(envelope.inReplyTo());
        t.nstring(envelope.messageId());
        t.close();
    }

    /**
     * An address list; each address is {@code (name adl mailbox host)}, with group start and
     * end markers already flattened into addresses by the store (RFC 3501 §7.4.2). The
     * addresses follow each other without spaces, as in the RFC's grammar ({@code 1*address}).
     */
    private static void addresses(StructureTokens t, List<Address> list) {
        if (list.isEmpty()) {
            t.nil();
            return;
        }
        t.open();
        boolean first = true;
        for (Address a : list) {
            if (!first) {
                t.glue();
            }
            first = false;
            t.open();
            t.nstring(a.name());
            t.nstring(a.adl());
            t.nstring(a.mailbox());
            t.nstring(a.host());
            t.close();
        }
        t.close();
    }
}
