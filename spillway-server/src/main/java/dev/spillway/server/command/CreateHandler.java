package dev.spillway.server.command;

import dev.spillway.protocol.command.CreateCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.session.Exchange;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxNames;
import dev.spillway.store.SpecialUse;
import java.util.List;
import java.util.Optional;

/**
 * CREATE (RFC 3501 §6.3.3) with the USE parameter of CREATE-SPECIAL-USE (RFC 6154 §3).
 * Missing superiors are created too (the store does that). A trailing delimiter only says
 * that inferiors will follow; the store needs no such declaration, so it is dropped.
 *
 * <p>Not supported: more than one special use per mailbox, and the virtual uses
 * {@code \All} and {@code \Flagged}, because the store keeps one use per mailbox and has no
 * virtual mailboxes. They are refused with {@code NO [USEATTR]} and nothing is created, as
 * RFC 6154 §3 requires.
 */
final class CreateHandler implements CommandHandler<CreateCommand> {
    private static final ResponseCode USEATTR = ResponseCode.of("USEATTR", (String) null);

    @Override
    public void handle(CreateCommand command, Exchange exchange) throws Exception {
        String name = MailboxNameCodec.decode(command.mailbox());
        if (name.length() > 1 && name.charAt(name.length() - 1) == MailAccount.DELIMITER) {
            name = MailboxNames.canonical(name.substring(0, name.length() - 1));
        }
        if (MailboxNames.isInbox(name)) {
            throw ImapException.no(ResponseCode.ALREADYEXISTS, "INBOX always exists");
        }
        Optional<SpecialUse> use = specialUse(command.specialUse());
        exchange.session().account().create(name, use);
        exchange.ok("CREATE completed");
    }

    private static Optional<SpecialUse> specialUse(List<String> attributes)
            throws ImapException {
        if (attributes.isEmpty()) {
            return Optional.empty();
        }
        if (attributes.size() > 1) {
            throw ImapException.no(USEATTR, "A mailbox can have only one special use");
        }
        Optional<SpecialUse> use = SpecialUse.fromAttribute(attributes.get(0));
        if (use.isEmpty() || use.get() == SpecialUse.ALL || use.get() == SpecialUse.FLAGGED) {
            throw ImapException.no(USEATTR, "Special use " + attributes.get(0)
                    + " is not supported; use \\Archive, \\Drafts, \\Junk, \\Sent or \\Trash");
        }
        return use;
    }
}
