package dev.spillway.server.command;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.CommandKind;
import dev.spillway.server.session.ImapSession;
import java.util.EnumMap;
import java.util.Map;

/** Maps each command kind to its handler; each family of commands registers its own. */
public final class CommandTable {
    private final Map<CommandKind, Entry<?>> entries = new EnumMap<>(CommandKind.class);

    /** A handler and the record type it takes. */
    record Entry<C extends Command>(Class<C> type, CommandHandler<C> handler) {
        boolean inMemory(Command command, ImapSession session) {
            return handler.inMemory(type.cast(command), session);
        }
    }

    /** Registers {@code handler} for {@code kinds}; a kind may be registered once. */
    public <C extends Command> void register(Class<C> type, CommandHandler<C> handler,
            CommandKind... kinds) {
        for (CommandKind kind : kinds) {
            if (entries.putIfAbsent(kind, new Entry<>(type, handler)) != null) {
                throw new IllegalStateException(kind + " registered twice");
            }
        }
    }

    Entry<?> get(CommandKind kind) {
        return entries.get(kind);
    }

    boolean has(CommandKind kind) {
        return entries.containsKey(kind);
    }
}
