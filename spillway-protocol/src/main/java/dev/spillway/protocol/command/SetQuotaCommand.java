package dev.spillway.protocol.command;

import java.util.List;

/** {@code SETQUOTA quota-root (resource limit ...)} (RFC 9208 §4.1.3). */
public record SetQuotaCommand(String tag, String root, List<ResourceLimit> limits)
        implements Command {

    /** One {@code setquota-resource}: a resource name in upper case and its new limit. */
    public record ResourceLimit(String resource, long limit) {
    }

    @Override
    public CommandKind kind() {
        return CommandKind.SETQUOTA;
    }

    /** Copies the list. */
    public SetQuotaCommand {
        limits = List.copyOf(limits);
    }
}
