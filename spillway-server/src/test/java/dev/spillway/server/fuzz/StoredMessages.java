package dev.spillway.server.fuzz;

import dev.spillway.store.ListEntry;
import dev.spillway.store.MailAccount;
import dev.spillway.store.MailboxInfo;
import dev.spillway.store.MessageMeta;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an account holds, read from the store directly rather than over IMAP. */
final class StoredMessages {

    private StoredMessages() {
    }

    /**
     * Every selectable mailbox with each message's UID, flags, size, internal date and text:
     * two snapshots are equal only if nothing in the account changed.
     */
    static Map<String, List<String>> snapshot(MailAccount account) throws Exception {
        Map<String, List<String>> mailboxes = new TreeMap<>();
        for (ListEntry entry : account.list()) {
            if (!entry.selectable()) {
                continue;
            }
            MailboxInfo info = account.status(entry.name());
            List<String> messages = new ArrayList<>();
            for (MessageMeta meta : account.messages(info.id())) {
                messages.add(meta.uid() + " " + meta.flags() + " " + meta.size() + " "
                        + meta.internalDate() + " " + text(account, info.id(), meta.uid()));
            }
            mailboxes.put(entry.name() + " " + info.uidValidity(), messages);
        }
        return mailboxes;
    }

    /** The texts of every message in every selectable mailbox. */
    static List<String> texts(MailAccount account) throws Exception {
        List<String> texts = new ArrayList<>();
        for (ListEntry entry : account.list()) {
            if (entry.selectable()) {
                long id = account.status(entry.name()).id();
                for (MessageMeta meta : account.messages(id)) {
                    String text = text(account, id, meta.uid());
                    if (text.length() != meta.size()) {
                        throw new AssertionError(entry.name() + " UID " + meta.uid() + " has "
                                + text.length() + " octets but a size of " + meta.size());
                    }
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    private static String text(MailAccount account, long mailbox, long uid) throws Exception {
        return new String(account.content(mailbox, uid), StandardCharsets.ISO_8859_1);
    }
}
