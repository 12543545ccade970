package dev.spillway.server.command;

import dev.spillway.protocol.command.CapabilityCommand;
import dev.spillway.protocol.command.CheckCommand;
import dev.spillway.protocol.command.CommandKind;
import dev.spillway.protocol.command.EnableCommand;
import dev.spillway.protocol.command.LogoutCommand;
import dev.spillway.protocol.command.NamespaceCommand;
import dev.spillway.protocol.command.NoopCommand;
import dev.spillway.server.session.ImapSession;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Registers the commands that concern the connection rather than mail: CAPABILITY, NOOP,
 * CHECK, LOGOUT, NAMESPACE, ENABLE, ID, STARTTLS, LOGIN, AUTHENTICATE and IDLE.
 */
final class SessionCommands {
    private SessionCommands() {
    }

    static void register(CommandTable table) {
        table.register(CapabilityCommand.class, CommandHandler.fromMemory((command, exchange) ->
                exchange.untagged("CAPABILITY "
                        + Capabilities.of(exchange.session(), exchange.server()))),
                CommandKind.CAPABILITY);
        // NOOP and CHECK exist to let the server report changes (RFC 9051 §6.1.2, §6.4.1).
        table.register(NoopCommand.class, (command, exchange) -> exchange.markChanged(),
                CommandKind.NOOP);
        table.register(CheckCommand.class, (command, exchange) -> exchange.markChanged(),
                CommandKind.CHECK);
        table.register(LogoutCommand.class, (command, exchange) -> {
            exchange.untagged("BYE Spillway logging out");
            exchange.session().logout();
            exchange.ok("LOGOUT completed");
        }, CommandKind.LOGOUT);
        // One personal namespace, no prefix, "/" as delimiter (RFC 2342 §5).
        table.register(NamespaceCommand.class, CommandHandler.fromMemory((command, exchange) ->
                exchange.untagged("NAMESPACE ((\"\" \"/\")) NIL NIL")), CommandKind.NAMESPACE);
        table.register(EnableCommand.class, SessionCommands::enable, CommandKind.ENABLE);
        table.register(dev.spillway.protocol.command.IdCommand.class, new IdHandler(),
                CommandKind.ID);
        table.register(dev.spillway.protocol.command.StartTlsCommand.class,
                new StartTlsHandler(), CommandKind.STARTTLS);
        LoginHandlers login = new LoginHandlers();
        table.register(dev.spillway.protocol.command.LoginCommand.class, login::login,
                CommandKind.LOGIN);
        table.register(dev.spillway.protocol.command.AuthenticateCommand.class,
                login::authenticate, CommandKind.AUTHENTICATE);
        table.register(dev.spillway.protocol.command.IdleCommand.class, new IdleHandler(),
                CommandKind.IDLE);
        table.register(dev.spillway.protocol.command.CompressCommand.class,
                new CompressHandler(), CommandKind.COMPRESS);
    }

    /**
     * ENABLE (RFC 5161): turns on CONDSTORE and QRESYNC (RFC 7162 §3.1, §3.2.3), and UIDONLY
     * (RFC 9586); QRESYNC implies CONDSTORE. The ENABLED response names, once each, the
     * requested extensions that were off before this command; unknown names are ignored as
     * RFC 5161 §3.1 requires, and a second ENABLE of the same name answers an empty
     * {@code * ENABLED}.
     */
    private static void enable(EnableCommand command, dev.spillway.server.session.Exchange ex) {
        ImapSession session = ex.session();
        Set<String> before = new HashSet<>();
        for (String name : Capabilities.ENABLEABLE) {
            if (session.isEnabled(name)) {
                before.add(name);
            }
        }
        Set<String> enabled = new LinkedHashSet<>();
        for (String requested : command.capabilities()) {
            String name = requested.toUpperCase(Locale.ROOT);
            if (!Capabilities.ENABLEABLE.contains(name) || before.contains(name)) {
                continue;
            }
            session.enable(name);
            if (name.equals(Condstore.QRESYNC)) {
                Condstore.enable(session);
            }
            enabled.add(name);
        }
        StringBuilder out = new StringBuilder("ENABLED");
        for (String name : enabled) {
            out.append(' ').append(name);
        }
        ex.untagged(out.toString());
    }
}
