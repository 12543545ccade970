package dev.spillway.store.mime;

import java.util.List;

/** Builds the RFC 3501 §7.4.2 ENVELOPE from a header block's fields. */
final class EnvelopeBuilder {
    private EnvelopeBuilder() {
    }

    static Envelope build(List<HeaderField> fields) {
        List<Address> from = addresses(fields, "From");
        List<Address> sender = addresses(fields, "Sender");
        List<Address> replyTo = addresses(fields, "Reply-To");
        // RFC 3501 §7.4.2: an absent or empty Sender or Reply-To takes the value of From.
        return new Envelope(
                HeaderParser.value(fields, "Date"),
                HeaderParser.value(fields, "Subject"),
                from,
                sender.isEmpty() ? from : sender,
                replyTo.isEmpty() ? from : replyTo,
                addresses(fields, "To"),
                addresses(fields, "Cc"),
                addresses(fields, "Bcc"),
                HeaderParser.value(fields, "In-Reply-To"),
                HeaderParser.value(fields, "Message-ID"));
    }

    private static List<Address> addresses(List<HeaderField> fields, String name) {
        return AddressParser.parse(HeaderParser.value(fields, name));
    }
}
