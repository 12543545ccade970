package dev.spillway.server.session;

import dev.spillway.admin.metrics.SessionClass;
import dev.spillway.policy.id.IdClassification;
import dev.spillway.policy.shed.ShedSession;
import dev.spillway.protocol.command.ImapState;
import dev.spillway.server.mailbox.SelectedMailbox;
import dev.spillway.server.work.Priority;
import dev.spillway.store.MailAccount;
import dev.spillway.store.Subscription;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The state of one IMAP connection. Only the session's serial executor reads or writes it,
 * except the fields marked volatile, which the event loop reads.
 */
public final class ImapSession {
    private final String id;
    private final InetSocketAddress remote;
    private final ShedSession shed;
    private ImapState state = ImapState.NOT_AUTHENTICATED;
    private volatile boolean tls;
    private volatile boolean compressed;
    private volatile Priority priority = Priority.FOREGROUND;
    private volatile SessionClass sessionClass = SessionClass.UNCLASSIFIED;
    private IdClassification lastId;
    private String user;
    private MailAccount account;
    private SelectedMailbox selected;
    private Subscription subscription;
    private final Set<String> enabled = new HashSet<>();
    private ContinuationHandler continuation;
    private long commands;

    ImapSession(String id, InetSocketAddress remote, boolean tls, ShedSession shed) {
        this.id = id;
        this.remote = remote;
        this.tls = tls;
        this.shed = shed;
    }

    /** A short id for logs. */
    public String id() {
        return id;
    }

    public InetSocketAddress remote() {
        return remote;
    }

    public ImapState state() {
        return state;
    }

    public boolean tls() {
        return tls;
    }

    void tlsStarted() {
        tls = true;
    }

    public boolean compressed() {
        return compressed;
    }

    void compressionStarted() {
        compressed = true;
    }

    public ShedSession shed() {
        return shed;
    }

    public Priority priority() {
        return priority;
    }

    /** Records the last valid ID and the scheduling class it implies. */
    public void identified(IdClassification classification, boolean background) {
        this.lastId = classification;
        this.priority = background ? Priority.BACKGROUND : Priority.FOREGROUND;
    }

    /** The class metrics count this session in. */
    public SessionClass sessionClass() {
        return sessionClass;
    }

    /** Moves the session to another class; returns the one it had. */
    public SessionClass reclassify(SessionClass next) {
        SessionClass previous = sessionClass;
        sessionClass = next;
        return previous;
    }

    /** The last valid ID, or null. */
    public IdClassification lastId() {
        return lastId;
    }

    /** The login name, or null before authentication. */
    public String user() {
        return user;
    }

    public MailAccount account() {
        return account;
    }

    public void authenticated(String user, MailAccount account) {
        this.user = user;
        this.account = account;
        this.state = ImapState.AUTHENTICATED;
    }

    public SelectedMailbox selected() {
        return selected;
    }

    /** Enters the selected state; the caller has closed any earlier subscription. */
    public void select(SelectedMailbox mailbox, Subscription changes) {
        this.selected = mailbox;
        this.subscription = changes;
        this.state = ImapState.SELECTED;
    }

    /** Leaves the selected state, if in it. */
    public void unselect() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        selected = null;
        if (state == ImapState.SELECTED) {
            state = ImapState.AUTHENTICATED;
        }
    }

    public void logout() {
        unselect();
        state = ImapState.LOGOUT;
    }

    /** Extensions turned on with ENABLE (RFC 5161), upper case. */
    public boolean isEnabled(String extension) {
        return enabled.contains(extension.toUpperCase(Locale.ROOT));
    }

    /** Turns an extension on; returns false if it was on already. */
    public boolean enable(String extension) {
        return enabled.add(extension.toUpperCase(Locale.ROOT));
    }

    /** The command waiting for a continuation line (AUTHENTICATE, IDLE), or null. */
    public ContinuationHandler continuation() {
        return continuation;
    }

    public void awaitContinuation(ContinuationHandler handler) {
        this.continuation = handler;
    }

    /** Commands run so far. */
    public long commandCount() {
        return commands;
    }

    void countCommand() {
        commands++;
    }

    /** Releases what the session holds; idempotent. */
    void close() {
        unselect();
        shed.close();
    }
}
