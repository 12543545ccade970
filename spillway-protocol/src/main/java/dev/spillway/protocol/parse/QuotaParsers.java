package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.GetQuotaCommand;
import dev.spillway.protocol.command.GetQuotaRootCommand;
import dev.spillway.protocol.command.SetQuotaCommand;
import java.util.ArrayList;
import java.util.List;

/** GETQUOTA, GETQUOTAROOT and SETQUOTA (RFC 9208 §4.1, formal syntax in §6). */
final class QuotaParsers {

    private QuotaParsers() {
    }

    /** {@code GETQUOTA SP quota-root-name}; the name is an astring and may be empty. */
    static Command getQuota(String tag, ImapReader r) {
        r.expectSpace();
        return new GetQuotaCommand(tag, r.takeAstring());
    }

    static Command getQuotaRoot(String tag, ImapReader r) {
        r.expectSpace();
        return new GetQuotaRootCommand(tag, r.takeMailbox());
    }

    /**
     * {@code SETQUOTA SP quota-root-name SP "(" [resource-name SP number64 *(SP ...)] ")"}; the
     * list may be empty, which asks to remove every limit.
     */
    static Command setQuota(String tag, ImapReader r) {
        r.expectSpace();
        String root = r.takeAstring();
        r.expectSpace();
        r.openList();
        List<SetQuotaCommand.ResourceLimit> limits = new ArrayList<>();
        if (!r.takeCloseIf()) {
            do {
                String resource = r.takeAtomUpper();
                r.expectSpace();
                limits.add(new SetQuotaCommand.ResourceLimit(resource, r.takeNumber64()));
            } while (r.takeIf(' '));
            r.closeList();
        }
        return new SetQuotaCommand(tag, root, limits);
    }
}
