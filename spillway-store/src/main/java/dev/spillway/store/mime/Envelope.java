package dev.spillway.store.mime;

import java.util.List;

/**
 * The ENVELOPE of RFC 3501 §7.4.2. Strings are raw header values (unfolded, not decoded); null
 * means the header is absent (NIL). Empty address lists mean NIL. Sender and reply-to already
 * default to from, as the RFC requires.
 */
public record Envelope(
        String date,
        String subject,
        List<Address> from,
        List<Address> sender,
        List<Address> replyTo,
        List<Address> to,
        List<Address> cc,
        List<Address> bcc,
        String inReplyTo,
        String messageId) {

    public static final Envelope EMPTY = new Envelope(null, null, List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), null, null);
}
