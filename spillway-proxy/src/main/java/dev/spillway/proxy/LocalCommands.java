package dev.spillway.proxy;

import dev.spillway.admin.metrics.LoginOutcome;
import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.policy.id.IdClassification;
import dev.spillway.policy.id.IdClassifier;
import dev.spillway.policy.id.IdField;
import dev.spillway.policy.id.IdParameters;
import dev.spillway.policy.shed.ShedDecision;
import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.command.IdArguments;
import dev.spillway.protocol.command.IdCommand;
import dev.spillway.protocol.frame.RawCommand;
import dev.spillway.protocol.parse.CommandParser;
import dev.spillway.protocol.parse.CommandSyntaxException;
import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.protocol.response.Status;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.compression.JdkZlibDecoder;
import io.netty.handler.codec.compression.JdkZlibEncoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import io.netty.handler.ssl.SslHandler;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands the proxy answers itself: CAPABILITY, NOOP, LOGOUT, STARTTLS, ID and COMPRESS,
 * and the refusals it gives before opening a backend connection. Keeps the session's ID state:
 * the last ID admitted (sent to the backend when it is opened), whether the last one was
 * shed, and the session's class for metrics.
 */
final class LocalCommands {

    private static final Logger LOG = LoggerFactory.getLogger(LocalCommands.class);
    /** RFC 5530 has no code for this; Dovecot and others use COMPRESSIONACTIVE (RFC 4978 §3). */
    private static final ResponseCode COMPRESSION_ACTIVE =
            new ResponseCode("COMPRESSIONACTIVE", null);
    /** The most a single read of compressed client input may inflate to, in octets. */
    private static final int MAX_INFLATE = 8 * 1024 * 1024;
    /** Deflate level for responses: zlib's default balance of speed and size. */
    private static final int DEFLATE_LEVEL = 6;

    private final ClientSession session;
    private final ProxyContext context;
    private IdArguments lastId;
    private boolean shedActive;
    private boolean compressed;
    private SessionClass sessionClass = SessionClass.UNCLASSIFIED;

    LocalCommands(ClientSession session, ProxyContext context) {
        this.session = session;
        this.context = context;
    }

    /** The last ID the policy admitted, or null. */
    IdArguments lastId() {
        return lastId;
    }

    SessionClass sessionClass() {
        return sessionClass;
    }

    /**
     * Answers a command that would open the backend but may not, and returns a reason; null
     * when the backend may be opened.
     */
    String refusalBeforeBackend(CommandHead head, long startedNanos) {
        String tag = head.tag();
        boolean credentials = isLogin(head);
        if (shedActive) {
            // TN3189: the connection announced background work that was refused; it must not
            // reach the backend until an ID is admitted. A login here is refused unchecked.
            if (credentials) {
                context.metrics().login(LoginOutcome.REFUSED);
            }
            completed(head, startedNanos);
            session.respond(tag, Status.NO, ResponseCode.UNAVAILABLE,
                    ShedDecision.UNAVAILABLE_TEXT);
            return "shed";
        }
        if (credentials && !session.plaintextAllowed()) {
            context.metrics().login(LoginOutcome.REFUSED);
            completed(head, startedNanos);
            session.respond(tag, Status.NO, ResponseCode.PRIVACYREQUIRED,
                    "Use STARTTLS or implicit TLS before logging in");
            return "plaintext";
        }
        return null;
    }

    /**
     * Records a command the proxy answers itself as completed now. Called before the tagged
     * response is written, like every metric here, so that a client holding the answer finds
     * the command counted.
     */
    void completed(CommandHead head, long startedNanos) {
        context.metrics().commandCompleted(CommandLabels.of(head), sessionClass,
                System.nanoTime() - startedNanos);
    }

    /** Records a command about to be answered {@code NO [UNAVAILABLE]}: no backend answered. */
    void backendUnavailable(CommandHead head, long startedNanos) {
        if (isLogin(head)) {
            context.metrics().login(LoginOutcome.ERROR);
        }
        completed(head, startedNanos);
    }

    void run(LocalCommand command) {
        String tag = command.head().tag();
        if (command.overflow()) {
            completed(command.head(), command.startedNanos());
            session.respond(tag, Status.BAD, null, "Command too long");
            session.decoder().recordBadCommand();
            return;
        }
        Command parsed;
        try {
            parsed = CommandParser.parse(RawCommand.fromWire(command.wire()));
        } catch (CommandSyntaxException | IllegalArgumentException e) {
            completed(command.head(), command.startedNanos());
            session.respond(tag, Status.BAD, null, e.getMessage());
            session.decoder().recordBadCommand();
            return;
        }
        session.decoder().recordGoodCommand();
        if (parsed instanceof IdCommand id) {
            // Its class and whether the backend answers it are known only once it is judged.
            id(command, id.arguments());
            return;
        }
        completed(command.head(), command.startedNanos());
        switch (command.head().name()) {
            case "CAPABILITY" -> {
                session.respond(Replies.capability(session.ctx().alloc(), session.capabilities()),
                        null);
                session.respond(tag, Status.OK, null, "Capability completed");
            }
            case "NOOP" -> session.respond(tag, Status.OK, null, "NOOP completed");
            case "LOGOUT" -> {
                session.respond(null, Status.BYE, null, "Logging out");
                session.respond(Replies.status(session.ctx().alloc(), tag, Status.OK, null,
                        "Logout completed"), () -> session.ctx().writeAndFlush(
                                Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE));
            }
            case "STARTTLS" -> startTls(tag);
            default -> compress(tag, command.head().argument());
        }
    }

    /** RFC 9051 §6.2.1; only before the backend is involved. */
    private void startTls(String tag) {
        if (session.relay() != null) {
            session.respond(tag, Status.BAD, null, "STARTTLS is only allowed before login");
            return;
        }
        if (session.tls() || context.serverTls() == null) {
            session.respond(tag, Status.BAD, null, "TLS is already active");
            return;
        }
        session.respond(tag, Status.OK, null, "Begin TLS negotiation now");
        // Plaintext the client sent after STARTTLS must not be read as if it came over TLS.
        session.decoder().discardBufferedInput();
        SslHandler tls = context.serverTls().newHandler(session.ctx().alloc());
        session.ctx().pipeline().addBefore(ClientInitializer.IDLE, ClientInitializer.TLS, tls);
        session.tlsStarted();
    }

    /**
     * RFC 2971 with TN3189 shedding. Every valid ID is recorded with the client's address for
     * the dashboard and moves the session to the class it announces, shed or not, as on the
     * server; an admitted ID while relaying is timed until the backend answers it.
     */
    private void id(LocalCommand command, IdArguments arguments) {
        String tag = command.head().tag();
        IdClassification classification = IdClassifier.classify(parameters(arguments));
        if (!classification.isValid()) {
            context.metrics().idRejected(classification.clientKind());
            completed(command.head(), command.startedNanos());
            session.respond(tag, Status.BAD, null, classification.violation().text());
            return;
        }
        ShedDecision decision = session.shed().onId(classification);
        context.observability().idDecided(session.clientIp(), decision);
        SessionClass next = SessionClass.of(classification);
        context.metrics().sessionClassified(sessionClass, next);
        sessionClass = next;
        if (decision.isShed()) {
            shedActive = true;
            context.counters().idsShed.increment();
            LOG.debug("shed ID from {} ({}): {}", session.ctx().channel().remoteAddress(),
                    classification.clientName(), decision.reason());
            completed(command.head(), command.startedNanos());
            session.respond(Replies.id(session.ctx().alloc()), null);
            session.respond(tag, Status.NO, ResponseCode.UNAVAILABLE,
                    ShedDecision.UNAVAILABLE_TEXT);
            return;
        }
        shedActive = false;
        lastId = arguments;
        if (session.relay() != null) {
            boolean literalPlus = context.capabilities().get().literalPlus();
            session.relay().forwardRewritten(tag, CommandLabels.ID, Unpooled.wrappedBuffer(
                    IdWire.command(tag, arguments, null, literalPlus)), command.startedNanos());
            return;
        }
        completed(command.head(), command.startedNanos());
        session.respond(Replies.id(session.ctx().alloc()), null);
        session.respond(tag, Status.OK, null, "ID completed");
    }

    /** RFC 4978: {@code tag OK}, then both directions are compressed. */
    private void compress(String tag, String mechanism) {
        if (!session.authenticatedSession()) {
            session.respond(tag, Status.BAD, null, "COMPRESS is only allowed after login");
        } else if (!mechanism.equalsIgnoreCase("DEFLATE")) {
            session.respond(tag, Status.BAD, null, "Unknown compression mechanism");
        } else if (compressed) {
            session.respond(tag, Status.NO, COMPRESSION_ACTIVE, "DEFLATE is already active");
        } else {
            compressed = true;
            session.respond(Replies.status(session.ctx().alloc(), tag, Status.OK, null,
                    "DEFLATE active"), this::startCompression);
        }
    }

    private void startCompression() {
        session.decoder().discardBufferedInput();
        ChannelPipeline pipeline = session.ctx().pipeline();
        pipeline.addBefore(ClientInitializer.DECODER, "inflate",
                new JdkZlibDecoder(ZlibWrapper.NONE, MAX_INFLATE));
        pipeline.addBefore(ClientInitializer.DECODER, "deflate",
                new JdkZlibEncoder(ZlibWrapper.NONE, DEFLATE_LEVEL));
    }

    private static boolean isLogin(CommandHead head) {
        return head.name().equals("LOGIN") || head.name().equals("AUTHENTICATE");
    }

    private static IdParameters parameters(IdArguments arguments) {
        if (arguments.nil()) {
            return IdParameters.nil();
        }
        List<IdField> fields = new ArrayList<>();
        for (dev.spillway.protocol.command.IdField field : arguments.fields()) {
            fields.add(new IdField(field.name(), field.value()));
        }
        return IdParameters.of(fields);
    }
}
