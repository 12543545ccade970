package dev.spillway.app;

import dev.spillway.policy.id.IdClassification;
import dev.spillway.policy.id.IdClassifier;
import dev.spillway.policy.shed.PolicySettings;
import dev.spillway.policy.shed.ShedDecision;
import dev.spillway.policy.shed.ShedMode;
import dev.spillway.policy.shed.ShedPolicy;
import dev.spillway.policy.shed.ShedSession;
import dev.spillway.protocol.command.IdArguments;
import dev.spillway.protocol.parse.CommandSyntaxException;
import dev.spillway.transport.id.IdBridge;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code spillway check-id '<ID arguments>'}: shows how Spillway classifies an ID command and
 * what each shedding mode would answer, for an idle server with default limits.
 */
@Command(
        name = "check-id",
        description = {
            "Classify the arguments of an IMAP ID command as TN3189 describes and show what",
            "each shedding mode answers. The first line says foreground or background.",
            "Example: spillway check-id '(\"name\" \"com.apple.email.maild\" "
                    + "\"event\" \"back-fill,periodic\")'"
        })
final class CheckIdCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARGUMENTS",
            description = "The ID argument list as a client sends it: a parenthesised list of "
                    + "field/value string pairs, or NIL.")
    private String arguments;

    @Override
    public Integer call() {
        IdArguments parsed;
        try {
            parsed = IdArguments.parse(arguments);
        } catch (CommandSyntaxException | IllegalArgumentException e) {
            System.err.println("spillway check-id: not a valid ID argument list: "
                    + e.getMessage());
            return 2;
        }
        IdClassification classification = IdClassifier.classify(IdBridge.toParameters(parsed));
        PrintStream out = System.out;
        if (!classification.isValid()) {
            out.println("invalid: a server answers BAD: " + classification.violation().text());
            return 1;
        }
        out.println(classification.isBackground() ? "background" : "foreground");
        out.println("client:     " + classification.clientKind().name().toLowerCase()
                + (classification.clientName() == null ? "" : " (" + classification.clientName()
                        + ")"));
        out.println("activity:   " + describeActivity(classification));
        out.println("identifiers: " + (classification.events().isEmpty()
                ? "(none)" : String.join(", ", classification.events())));
        out.println("answers by shedding mode (idle server, default limits):");
        for (ShedMode mode : ShedMode.values()) {
            out.printf("  %-8s %s%n", mode.name().toLowerCase(), answer(mode, classification));
        }
        return 0;
    }

    private static String describeActivity(IdClassification classification) {
        if (!classification.isBackground()) {
            return "foreground";
        }
        List<String> kinds = new ArrayList<>();
        classification.background().forEach(work -> kinds.add(work.name().toLowerCase()
                .replace('_', '-')));
        return "background " + String.join(" + ", kinds);
    }

    private static String answer(ShedMode mode, IdClassification classification) {
        ShedPolicy policy = new ShedPolicy(PolicySettings.defaults().withMode(mode));
        try (ShedSession session = policy.openSession()) {
            ShedDecision decision = session.onId(classification);
            String reason = decision.reason().name().toLowerCase();
            return switch (decision.outcome()) {
                case SHED -> "NO [UNAVAILABLE] " + ShedDecision.UNAVAILABLE_TEXT
                        + "  (" + reason + ")";
                case WOULD_SHED -> "OK, logged as would-shed  (" + reason + ")";
                case ADMIT -> "OK  (" + reason + ")";
            };
        }
    }
}
