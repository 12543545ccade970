package dev.spillway.protocol.command;

/**
 * {@code SELECT} or {@code EXAMINE} with optional parameters (RFC 9051 §6.3.2, §6.3.3,
 * RFC 7162 §3.1.8 and §3.2.5).
 *
 * @param mailbox mailbox name as sent (modified UTF-7 or UTF-8), {@code INBOX} normalised
 * @param readOnly true for EXAMINE
 * @param condstore true if the {@code CONDSTORE} parameter was given
 * @param qresync the {@code QRESYNC} parameter, or null
 */
public record SelectCommand(
        String tag, String mailbox, boolean readOnly, boolean condstore, QresyncParameters qresync)
        implements Command {

    @Override
    public CommandKind kind() {
        return readOnly ? CommandKind.EXAMINE : CommandKind.SELECT;
    }

    /** SELECT and EXAMINE share this record; the kind tells them apart. */
    @Override
    public String toString() {
        return (readOnly ? "Examine" : "Select") + "Command[tag=" + tag + ", mailbox=" + mailbox
                + ", condstore=" + condstore + ", qresync=" + qresync + "]";
    }
}
