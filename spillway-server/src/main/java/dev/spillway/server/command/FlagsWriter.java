package dev.spillway.server.command;

import dev.spillway.protocol.response.ImapWriter;
import dev.spillway.store.Flags;
import java.util.ArrayList;
import java.util.List;

/** Writes a message's flag list, adding the session-local {@code \Recent} (RFC 3501 §2.3.2). */
public final class FlagsWriter {
    private FlagsWriter() {
    }

    public static ImapWriter write(ImapWriter out, Flags flags, boolean recent) {
        if (!recent) {
            return out.flags(flags.names());
        }
        List<String> all = new ArrayList<>(flags.names());
        all.add(Flags.RECENT);
        return out.flags(all);
    }
}
