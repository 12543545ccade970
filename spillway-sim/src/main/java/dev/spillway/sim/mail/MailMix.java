package dev.spillway.sim.mail;

/**
 * The shares of each {@link MessageKind} in generated mail, each 0 to 1, summing to 1.
 *
 * <p>The default, 35% plain, 35% alternative, 20% with an attachment, 10% newsletters, follows
 * the usual picture of a personal mailbox: mostly short conversational mail (70% text/plain or
 * multipart/alternative of 2–20 KB), a fifth carrying a document or photo (50–500 KB before
 * base64, so about 70–690 KB on the wire with line breaks), and some HTML-heavy bulk mail. The
 * mean message is about 70 KB on the wire, dominated by attachments, as in real mailboxes.
 */
public record MailMix(double plain, double alternative, double attachment, double newsletter) {

    private static final MailMix DEFAULT = new MailMix(0.35, 0.35, 0.20, 0.10);

    public MailMix {
        double sum = plain + alternative + attachment + newsletter;
        if (plain < 0 || alternative < 0 || attachment < 0 || newsletter < 0
                || Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("shares must be 0 to 1 and sum to 1: " + sum);
        }
    }

    public static MailMix defaults() {
        return DEFAULT;
    }

    /** The kind for a uniform draw {@code u} in [0, 1). */
    public MessageKind pick(double u) {
        if (u < plain) {
            return MessageKind.PLAIN;
        }
        if (u < plain + alternative) {
            return MessageKind.ALTERNATIVE;
        }
        if (u < plain + alternative + attachment) {
            return MessageKind.ATTACHMENT;
        }
        return MessageKind.NEWSLETTER;
    }
}
