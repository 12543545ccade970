package dev.spillway.server.command;

import dev.spillway.config.PlaintextAuth;
import dev.spillway.protocol.command.ImapState;
import dev.spillway.server.ServerContext;
import dev.spillway.server.session.ImapSession;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The CAPABILITY list for a session's current state (RFC 9051 §6.1.1). Before login it shows
 * only what a client needs to log in; after login, everything the server implements.
 */
public final class Capabilities {
    /** Extensions offered after authentication besides IMAP4rev1 and LITERAL+ or LITERAL-. */
    static final List<String> AUTHENTICATED = List.of(
            "SASL-IR", "ID", "ENABLE", "IDLE", "NAMESPACE", "UNSELECT",
            "UIDPLUS", "MOVE", "CHILDREN", "SPECIAL-USE", "COMPRESS=DEFLATE", "LIST-EXTENDED",
            "LIST-STATUS", "CREATE-SPECIAL-USE", "STATUS=SIZE", "ESEARCH",
            "CONDSTORE", "QRESYNC", "UIDBATCHES", "PARTIAL", UidOnly.UIDONLY, "BINARY",
            // RFC 9208 §3.1; not QUOTASET, since SETQUOTA is refused (§3.2).
            "QUOTA", "QUOTA=RES-STORAGE", "QUOTA=RES-MESSAGE");

    /** Extensions a client may turn on with ENABLE (RFC 5161, RFC 7162 §3.2.3, RFC 9586). */
    static final java.util.Set<String> ENABLEABLE = java.util.Set.of(Condstore.CONDSTORE,
            Condstore.QRESYNC, UidOnly.UIDONLY);

    private Capabilities() {
    }

    /** The list as a space-separated string. */
    public static String of(ImapSession session, ServerContext server) {
        List<String> caps = new ArrayList<>();
        if (session.state() != ImapState.NOT_AUTHENTICATED) {
            caps.add("IMAP4rev1");
            caps.add(literal(server));
            caps.addAll(AUTHENTICATED);
            // RFC 7889: the largest message APPEND accepts, the same for every mailbox.
            caps.add("APPENDLIMIT=" + server.settings().authenticatedLiteralSize());
            caps.add(MessageLimit.capability(server.settings().messageLimit()));
            return String.join(" ", caps);
        }
        caps.add("IMAP4rev1");
        caps.add(literal(server));
        caps.add("SASL-IR");
        caps.add("ID");
        caps.add("ENABLE");
        caps.add("IDLE");
        if (!session.tls()) {
            caps.add("STARTTLS");
        }
        if (plaintextAllowed(session, server)) {
            caps.add("AUTH=PLAIN");
        } else {
            caps.add("LOGINDISABLED");
        }
        return String.join(" ", caps);
    }

    /**
     * LITERAL+ (non-synchronizing literals up to the literal limit), or LITERAL- (at most
     * 4096 octets, RFC 7888 §5) when {@code limits.literal-plus} is off; never both.
     */
    private static String literal(ServerContext server) {
        return server.settings().limits().literalPlus() ? "LITERAL+" : "LITERAL-";
    }

    /** Whether passwords may be sent on this connection (RFC 9051 §6.2.3, RFC 8314). */
    public static boolean plaintextAllowed(ImapSession session, ServerContext server) {
        if (session.tls()) {
            return true;
        }
        PlaintextAuth rule = server.settings().plaintextAuth();
        return switch (rule) {
            case ALWAYS -> true;
            case NEVER -> false;
            case LOOPBACK -> isLoopback(session);
        };
    }

    private static boolean isLoopback(ImapSession session) {
        InetAddress address = session.remote() == null ? null : session.remote().getAddress();
        return address != null && address.isLoopbackAddress();
    }
}
