package dev.spillway.server.command;

import dev.spillway.admin.Observability;
import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.policy.id.IdClassification;
import dev.spillway.policy.id.IdClassifier;
import dev.spillway.policy.shed.ShedDecision;
import dev.spillway.policy.shed.ShedMode;
import dev.spillway.protocol.command.IdCommand;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.server.error.ImapException;
import dev.spillway.server.session.Exchange;
import dev.spillway.server.session.ImapSession;
import dev.spillway.transport.id.IdBridge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ID (RFC 2971) with TN3189: every ID is classified and judged afresh by the shedding policy.
 * A shed ID still gets the server's {@code * ID} response, then {@code NO [UNAVAILABLE]}, as
 * the technote's example shows; the device closes the connection and retries in about a day.
 */
final class IdHandler implements CommandHandler<IdCommand> {
    private static final Logger LOG = LoggerFactory.getLogger(IdHandler.class);

    /** Classifying and deciding are in memory, so a wave is shed without queueing. */
    @Override
    public boolean inMemory(IdCommand command, ImapSession session) {
        return true;
    }

    @Override
    public void handle(IdCommand command, Exchange exchange) throws Exception {
        ImapSession session = exchange.session();
        var settings = exchange.server().settings();
        String version = settings.hideVersion() ? null : settings.version();
        IdClassification classification =
                IdClassifier.classify(IdBridge.toParameters(command.arguments()));
        Observability observability = exchange.server().observability();
        if (!classification.isValid()) {
            observability.metrics().idRejected(classification.clientKind());
            throw ImapException.bad(classification.violation().text());
        }
        ShedDecision decision = session.shed().onId(classification);
        observability.idDecided(session.remote().getAddress().getHostAddress(), decision);
        SessionClass previous = session.reclassify(SessionClass.of(classification));
        if (previous != session.sessionClass()) {
            observability.metrics().sessionClassified(previous, session.sessionClass());
        }
        boolean off = exchange.server().policy().settings().mode() == ShedMode.OFF;
        session.identified(classification, !off && classification.isBackground());
        LOG.debug("session={} id client={} background={} outcome={} reason={}", session.id(),
                classification.clientName(), classification.background(), decision.outcome(),
                decision.reason());
        IdBridge.writeServerId(exchange.out(), version);
        if (decision.isShed()) {
            exchange.no(ResponseCode.UNAVAILABLE, ShedDecision.UNAVAILABLE_TEXT);
        } else {
            exchange.ok("ID completed");
        }
    }
}
