package dev.spillway.server.error;

import dev.spillway.protocol.response.ResponseCode;
import dev.spillway.protocol.response.Status;
import dev.spillway.store.StoreException;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any failure of a command into the status response that ends it. */
public final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    /** The ending for {@code failure}; server faults are logged here, once. */
    public static ImapException map(Throwable failure, String command) {
        if (failure instanceof ImapException imap) {
            return imap;
        }
        if (failure instanceof StoreException store) {
            return map(store, command);
        }
        return serverBug(failure, command);
    }

    private static ImapException map(StoreException e, String command) {
        String text = e.getMessage();
        return switch (e.kind()) {
            case NONEXISTENT -> ImapException.no(ResponseCode.NONEXISTENT, text);
            case ALREADYEXISTS -> ImapException.no(ResponseCode.ALREADYEXISTS, text);
            case TRYCREATE -> ImapException.no(ResponseCode.TRYCREATE, text);
            case TOOBIG -> ImapException.no(ResponseCode.TOOBIG, text);
            case OVERQUOTA -> ImapException.no(ResponseCode.OVERQUOTA, text);
            case CANNOT -> ImapException.no(ResponseCode.CANNOT, text);
            case INVALIDNAME -> ImapException.no(ResponseCode.CANNOT, text);
            case UNAVAILABLE -> {
                LOG.warn("store unavailable during {}: {}", command, text);
                yield ImapException.no(ResponseCode.UNAVAILABLE,
                        "Mail storage is busy, try again later");
            }
            case SERVERBUG -> serverBug(e, command);
        };
    }

    private static ImapException serverBug(Throwable failure, String command) {
        String id = Long.toString(ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFFFFL, 36);
        LOG.error("internal error id={} command={}", id, command, failure);
        return ImapException.no(ResponseCode.SERVERBUG,
                "Internal error, reported to the administrator with id " + id);
    }

    /** True when {@code e} ends the command without a fault on the server's side. */
    public static boolean isClientOutcome(ImapException e) {
        return e.status() != Status.NO || e.code() != ResponseCode.SERVERBUG;
    }
}
