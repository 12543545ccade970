package dev.spillway.policy.id;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks {@code ID} parameters against RFC 2971 and classifies them as TN3189 describes.
 *
 * <p>Decisions pinned here, each covered by a test:
 * <ul>
 *   <li>Field names are compared folding ASCII letters only (RFC 2971 §3.3 makes them
 *       case-insensitive; non-ASCII look-alikes do not match).</li>
 *   <li>The client is Apple Mail only when {@code name} starts with {@code com.apple.},
 *       case-sensitively, dot included, exactly as TN3189 writes it: {@code com.apple},
 *       {@code com.applesauce.mail} and {@code COM.APPLE.x} are other clients. Apple's own
 *       clients send the lower-case form; a relaxed match would only widen who can be shed.</li>
 *   <li>{@code event} is read only for Apple Mail. It is NIL or comma-separated identifiers;
 *       each is trimmed of spaces and tabs, empty ones are skipped, and only whole identifiers
 *       equal to {@code indexer} or {@code back-fill} (ASCII case folded) count. Everything
 *       else, such as {@code periodic}, {@code push} or {@code back-fills}, is ignored as TN3189
 *       asks, so that new identifiers never make work look like background.</li>
 * </ul>
 */
public final class IdClassifier {

    /** RFC 2971 §3.3: at most 30 field-value pairs. */
    public static final int MAX_FIELDS = 30;
    /** RFC 2971 §3.3: a field name is at most 30 octets. */
    public static final int MAX_NAME_OCTETS = 30;
    /** RFC 2971 §3.3: a value is at most 1024 octets. */
    public static final int MAX_VALUE_OCTETS = 1024;
    /** TN3189: the {@code name} prefix of Apple's mail clients, dot included. */
    public static final String APPLE_NAME_PREFIX = "com.apple.";
    /** The longest client name kept for logs. */
    public static final int MAX_NAME_CHARS = 64;
    /** The most {@code event} identifiers kept for logs. */
    public static final int MAX_EVENTS_KEPT = 16;
    /** The longest {@code event} identifier kept for logs. */
    public static final int MAX_EVENT_CHARS = 32;

    private static final int MAX_QUOTED_FIELD_CHARS = 40;

    private IdClassifier() {
    }

    /** Checks the RFC 2971 limits, then classifies. Never throws for client input. */
    public static IdClassification classify(IdParameters parameters) {
        if (parameters.isNil()) {
            return IdClassification.none();
        }
        List<IdField> fields = parameters.fields();
        String name = null;
        String event = null;
        for (IdField field : fields) {
            if (name == null && LogText.asciiEqualsIgnoreCase(field.name(), "name")) {
                name = field.value();
            } else if (event == null && LogText.asciiEqualsIgnoreCase(field.name(), "event")) {
                event = field.value();
            }
        }
        IdViolation violation = check(fields);
        if (violation != null) {
            return IdClassification.invalid(violation, LogText.sanitize(name, MAX_NAME_CHARS));
        }
        String clientName = LogText.sanitize(name, MAX_NAME_CHARS);
        if (name == null || !name.startsWith(APPLE_NAME_PREFIX)) {
            return new IdClassification(ClientKind.OTHER, Set.of(), List.of(), clientName, null);
        }
        Set<BackgroundWork> background = EnumSet.noneOf(BackgroundWork.class);
        List<String> events = new ArrayList<>();
        if (event != null) {
            readEvents(event, background, events);
        }
        return new IdClassification(ClientKind.APPLE_MAIL, background, events, clientName, null);
    }

    /** The first RFC 2971 §3.3 limit broken, in the order the client sent the fields. */
    private static IdViolation check(List<IdField> fields) {
        if (fields.size() > MAX_FIELDS) {
            return new IdViolation(IdViolation.Rule.TOO_MANY_FIELDS, "ID has " + fields.size()
                    + " field-value pairs, at most " + MAX_FIELDS + " allowed (RFC 2971)");
        }
        for (int i = 0; i < fields.size(); i++) {
            IdField field = fields.get(i);
            int nameOctets = LogText.utf8Length(field.name());
            if (nameOctets > MAX_NAME_OCTETS) {
                return new IdViolation(IdViolation.Rule.FIELD_NAME_TOO_LONG,
                        "ID field name " + quote(field.name()) + " is " + nameOctets
                                + " octets, at most " + MAX_NAME_OCTETS + " allowed (RFC 2971)");
            }
            if (field.value() != null) {
                int valueOctets = LogText.utf8Length(field.value());
                if (valueOctets > MAX_VALUE_OCTETS) {
                    return new IdViolation(IdViolation.Rule.VALUE_TOO_LONG,
                            "ID value of field " + quote(field.name()) + " is " + valueOctets
                                    + " octets, at most " + MAX_VALUE_OCTETS
                                    + " allowed (RFC 2971)");
                }
            }
            for (int j = 0; j < i; j++) {
                if (LogText.asciiEqualsIgnoreCase(fields.get(j).name(), field.name())) {
                    return new IdViolation(IdViolation.Rule.DUPLICATE_FIELD,
                            "ID field " + quote(field.name()) + " appears more than once"
                                    + " (RFC 2971)");
                }
            }
        }
        return null;
    }

    /** Splits {@code event} on commas; TN3189 "Identify Background Traffic From Mail". */
    private static void readEvents(String event, Set<BackgroundWork> background,
            List<String> events) {
        int start = 0;
        while (start <= event.length()) {
            int comma = event.indexOf(',', start);
            int end = comma < 0 ? event.length() : comma;
            int from = start;
            int to = end;
            while (from < to && isBlank(event.charAt(from))) {
                from++;
            }
            while (to > from && isBlank(event.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                for (BackgroundWork work : BackgroundWork.values()) {
                    if (LogText.asciiEqualsIgnoreCase(event, from, to, work.identifier())) {
                        background.add(work);
                    }
                }
                if (events.size() < MAX_EVENTS_KEPT) {
                    events.add(LogText.sanitize(event.substring(from, to), MAX_EVENT_CHARS));
                }
            }
            start = end + 1;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static String quote(String fieldName) {
        return "\"" + LogText.sanitize(fieldName, MAX_QUOTED_FIELD_CHARS).replace('"', '\'') + "\"";
    }
}
