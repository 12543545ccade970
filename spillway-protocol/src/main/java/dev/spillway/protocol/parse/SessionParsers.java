package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.AuthenticateCommand;
import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.CompressCommand;
import dev.spillway.protocol.command.EnableCommand;
import dev.spillway.protocol.command.LoginCommand;
import java.util.ArrayList;
import java.util.List;

/** LOGIN, AUTHENTICATE and ENABLE. */
final class SessionParsers {

    private SessionParsers() {
    }

    /** {@code LOGIN SP userid SP password} (RFC 9051 §6.2.3). */
    static Command login(String tag, ImapReader r) {
        r.expectSpace();
        String user = r.takeAstring();
        r.expectSpace();
        String password = r.takeAstring();
        return new LoginCommand(tag, user, password);
    }

    /**
     * {@code AUTHENTICATE SP auth-type [SP (base64 / "=")]} (RFC 9051 §6.2.2, RFC 4959 §3: an
     * empty initial response is sent as {@code =}).
     */
    static Command authenticate(String tag, ImapReader r) {
        r.expectSpace();
        String mechanism = r.takeAtomUpper();
        String initial = null;
        if (r.takeIf(' ')) {
            initial = takeBase64OrEquals(r);
        }
        return new AuthenticateCommand(tag, mechanism, initial);
    }

    /** {@code ENABLE 1*(SP capability)} (RFC 5161 §3.1). */
    static Command enable(String tag, ImapReader r) {
        List<String> caps = new ArrayList<>();
        do {
            r.expectSpace();
            caps.add(r.takeAtomUpper());
        } while (!r.atEnd());
        return new EnableCommand(tag, caps);
    }

    /** {@code COMPRESS SP algorithm} (RFC 4978 §5). */
    static Command compress(String tag, ImapReader r) {
        r.expectSpace();
        return new CompressCommand(tag, r.takeAtomUpper());
    }

    /** base64 = *(4base64-char) [base64-terminal] (RFC 9051 §9), or "=". */
    static String takeBase64OrEquals(ImapReader r) {
        int start = r.position();
        StringBuilder out = new StringBuilder(r.takeWhile(Chars.BASE64));
        int padding = 0;
        while (r.takeIf('=')) {
            padding++;
        }
        if (out.length() == 0 && padding == 1) {
            return "=";
        }
        if (padding > 2 || (out.length() + padding) % 4 != 0 || out.length() == 0) {
            throw r.error("Invalid base64 at offset " + start);
        }
        return out.append("=".repeat(padding)).toString();
    }
}
