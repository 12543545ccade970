package dev.spillway.protocol.parse;

import dev.spillway.protocol.command.CapabilityCommand;
import dev.spillway.protocol.command.CheckCommand;
import dev.spillway.protocol.command.CloseCommand;
import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.ExpungeCommand;
import dev.spillway.protocol.command.IdleCommand;
import dev.spillway.protocol.command.LogoutCommand;
import dev.spillway.protocol.command.NamespaceCommand;
import dev.spillway.protocol.command.NoopCommand;
import dev.spillway.protocol.command.StartTlsCommand;
import dev.spillway.protocol.command.UnknownCommand;
import dev.spillway.protocol.command.UnselectCommand;
import dev.spillway.protocol.frame.ProtocolLimits;
import dev.spillway.protocol.frame.RawCommand;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a {@link RawCommand} into a {@link Command}. The two tables below are the only place
 * command names are listed; each entry points at the parser of its command family.
 *
 * <p>Covers IMAP4rev1 and IMAP4rev2 (RFC 3501, RFC 9051) and the syntax of CONDSTORE/QRESYNC
 * (RFC 7162), ESEARCH (RFC 4731), SEARCHRES (RFC 5182), PARTIAL (RFC 9394), LIST-EXTENDED
 * (RFC 5258), LIST-STATUS (RFC 5819), SPECIAL-USE (RFC 6154), MULTIAPPEND (RFC 3502), BINARY
 * (RFC 3516), UIDPLUS (RFC 4315), MOVE (RFC 6851), ID (RFC 2971), ENABLE (RFC 5161), IDLE
 * (RFC 2177), NAMESPACE (RFC 2342), SASL-IR (RFC 4959), UNSELECT (RFC 3691) and QUOTA
 * (RFC 9208). Not supported: CATENATE and UTF8 APPEND; they parse to {@link UnknownCommand}
 * (or fail as bad syntax), because Spillway does not offer them.
 */
public final class CommandParser {

    /** Parses the arguments after the command name; the reader is right after the name. */
    @FunctionalInterface
    interface ArgumentParser {
        Command parse(String tag, ImapReader reader);
    }

    private static final Map<String, ArgumentParser> COMMANDS = Map.ofEntries(
            Map.entry("CAPABILITY", (t, r) -> new CapabilityCommand(t)),
            Map.entry("NOOP", (t, r) -> new NoopCommand(t)),
            Map.entry("LOGOUT", (t, r) -> new LogoutCommand(t)),
            Map.entry("STARTTLS", (t, r) -> new StartTlsCommand(t)),
            Map.entry("AUTHENTICATE", SessionParsers::authenticate),
            Map.entry("LOGIN", SessionParsers::login),
            Map.entry("ENABLE", SessionParsers::enable),
            Map.entry("ID", IdArgumentsParser::id),
            Map.entry("SELECT", (t, r) -> SelectParser.parse(t, r, false)),
            Map.entry("EXAMINE", (t, r) -> SelectParser.parse(t, r, true)),
            Map.entry("CREATE", MailboxParsers::create),
            Map.entry("DELETE", MailboxParsers::delete),
            Map.entry("RENAME", MailboxParsers::rename),
            Map.entry("SUBSCRIBE", MailboxParsers::subscribe),
            Map.entry("UNSUBSCRIBE", MailboxParsers::unsubscribe),
            Map.entry("STATUS", MailboxParsers::status),
            Map.entry("LIST", ListParser::list),
            Map.entry("LSUB", ListParser::lsub),
            Map.entry("NAMESPACE", (t, r) -> new NamespaceCommand(t)),
            Map.entry("APPEND", AppendParser::parse),
            Map.entry("IDLE", (t, r) -> new IdleCommand(t)),
            Map.entry("COMPRESS", SessionParsers::compress),
            Map.entry("CHECK", (t, r) -> new CheckCommand(t)),
            Map.entry("CLOSE", (t, r) -> new CloseCommand(t)),
            Map.entry("UNSELECT", (t, r) -> new UnselectCommand(t)),
            Map.entry("EXPUNGE", (t, r) -> new ExpungeCommand(t)),
            Map.entry("SEARCH", (t, r) -> SearchParser.parse(t, r, false)),
            Map.entry("FETCH", (t, r) -> FetchParser.parse(t, r, false)),
            Map.entry("STORE", (t, r) -> StoreParser.parse(t, r, false)),
            Map.entry("COPY", (t, r) -> MessageParsers.copy(t, r, false)),
            Map.entry("MOVE", (t, r) -> MessageParsers.move(t, r, false)),
            Map.entry("UIDBATCHES", UidBatchesParser::parse),
            Map.entry("GETQUOTA", QuotaParsers::getQuota),
            Map.entry("GETQUOTAROOT", QuotaParsers::getQuotaRoot),
            Map.entry("SETQUOTA", QuotaParsers::setQuota));

    /** Commands after {@code UID} (RFC 9051 §6.4.9). */
    private static final Map<String, ArgumentParser> UID_COMMANDS = Map.of(
            "SEARCH", (t, r) -> SearchParser.parse(t, r, true),
            "FETCH", (t, r) -> FetchParser.parse(t, r, true),
            "STORE", (t, r) -> StoreParser.parse(t, r, true),
            "COPY", (t, r) -> MessageParsers.copy(t, r, true),
            "MOVE", (t, r) -> MessageParsers.move(t, r, true),
            "EXPUNGE", MessageParsers::uidExpunge);

    private CommandParser() {
    }

    /** Parses with the default nesting limit. */
    public static Command parse(RawCommand raw) {
        return parse(raw, ProtocolLimits.DEFAULTS);
    }

    /**
     * Parses one command.
     *
     * @return the command; an {@link UnknownCommand} for a name not in the tables
     * @throws CommandSyntaxException if the command does not follow the grammar
     */
    public static Command parse(RawCommand raw, ProtocolLimits limits) {
        if (raw.length() == 0) {
            throw new CommandSyntaxException(null, "Empty command line");
        }
        ImapReader reader = new ImapReader(raw, limits.maxNestingDepth());
        String tag = reader.takeTag();
        if (reader.atEnd()) {
            throw reader.error("Missing command name");
        }
        reader.expectSpace();
        String name = reader.takeAtom().toUpperCase(Locale.ROOT);
        Map<String, ArgumentParser> table = COMMANDS;
        if (name.equals("UID")) {
            reader.expectSpace();
            name = reader.takeAtom().toUpperCase(Locale.ROOT);
            table = UID_COMMANDS;
            if (!table.containsKey(name)) {
                return new UnknownCommand(tag, "UID " + name);
            }
        }
        ArgumentParser parser = table.get(name);
        if (parser == null) {
            return new UnknownCommand(tag, name);
        }
        Command command = parser.parse(tag, reader);
        reader.expectEnd();
        return command;
    }
}
