package dev.spillway.server.command;

import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.protocol.response.ModifiedUtf7;
import dev.spillway.server.error.ImapException;
import dev.spillway.store.MailboxNames;

/**
 * Mailbox names between the wire and the store. Clients send modified UTF-7 (RFC 3501 §5.1.3);
 * the store holds Unicode. A name that is not valid modified UTF-7 is a malformed argument,
 * so it ends the command with BAD before any state changes.
 */
final class MailboxNameCodec {
    private MailboxNameCodec() {
    }

    /** The Unicode name for a name as sent, with INBOX in its canonical spelling. */
    static String decode(String sent) throws ImapException {
        return MailboxNames.canonical(decodeRaw(sent, "Mailbox name"));
    }

    /**
     * A LIST or LSUB reference or pattern as Unicode. Wildcards are printable ASCII, so they
     * pass through the decoder unchanged.
     */
    static String decodePattern(String sent) throws ImapException {
        return decodeRaw(sent, "Mailbox pattern");
    }

    /** Writes a Unicode name as a modified UTF-7 string. */
    static ImapWriter write(ImapWriter out, String name) {
        // Always a string, never an atom: the grammar allows both (RFC 3501 §9, mailbox is
        // an astring), and one form for every name keeps responses predictable.
        return out.string(ModifiedUtf7.encode(name));
    }

    private static String decodeRaw(String sent, String what) throws ImapException {
        try {
            return ModifiedUtf7.decode(sent);
        } catch (IllegalArgumentException e) {
            throw ImapException.bad(what + " is not valid modified UTF-7"
                    + " (RFC 3501 section 5.1.3): " + e.getMessage());
        }
    }
}
