package dev.spillway.sim.mail;

/** The shapes of generated mail; see {@link MailMix} for their shares and sizes. */
public enum MessageKind {
    /** {@code text/plain}, 2–20 KB. */
    PLAIN,
    /** {@code multipart/alternative}: plain text and its HTML rendering, 2–20 KB of text. */
    ALTERNATIVE,
    /** {@code multipart/mixed}: a short text and one base64 attachment of 50–500 KB. */
    ATTACHMENT,
    /** A newsletter: {@code multipart/alternative} with a 20–80 KB HTML part. */
    NEWSLETTER
}
