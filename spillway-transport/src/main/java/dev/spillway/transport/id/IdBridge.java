package dev.spillway.transport.id;

import dev.spillway.policy.id.IdField;
import dev.spillway.policy.id.IdParameters;
import dev.spillway.protocol.command.IdArguments;
import dev.spillway.protocol.response.ImapWriter;
import java.util.ArrayList;
import java.util.List;

/** Glue between the wire protocol's ID arguments and the TN3189 classifier. */
public final class IdBridge {
    private IdBridge() {
    }

    /** The classifier's view of the arguments of one ID command. */
    public static IdParameters toParameters(IdArguments arguments) {
        if (arguments.nil()) {
            return IdParameters.nil();
        }
        List<IdField> fields = new ArrayList<>(arguments.fields().size());
        for (var field : arguments.fields()) {
            fields.add(new IdField(field.name(), field.value()));
        }
        return IdParameters.of(fields);
    }

    /**
     * Writes {@code * ID ("name" "Spillway" ...)} CRLF (RFC 2971 §3.2).
     *
     * @param version the version to announce, or null to hide it
     */
    public static void writeServerId(ImapWriter out, String version) {
        out.untagged().text("ID").openList()
                .string("name").string("Spillway")
                .string("vendor").string("Spillway");
        if (version != null) {
            out.string("version").string(version);
        }
        out.closeList().crlf();
    }
}
