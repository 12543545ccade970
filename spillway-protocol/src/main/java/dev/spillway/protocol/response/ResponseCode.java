package dev.spillway.protocol.response;

import java.util.Locale;

/**
 * A response code inside square brackets, e.g. {@code [UNAVAILABLE]} or
 * {@code [UIDVALIDITY 3857529045]} (RFC 9051 §7.1, RFC 5530).
 *
 * @param name atom, upper case by convention
 * @param arguments text after the name, written as is (the caller formats lists and numbers),
 *     or null; must not contain CR, LF or {@code ]}
 */
public record ResponseCode(String name, String arguments) {

    /** Temporary failure because a subsystem is down; TN3189 uses it to shed load (RFC 5530). */
    public static final ResponseCode UNAVAILABLE = new ResponseCode("UNAVAILABLE", null);
    /** Input too large (RFC 9051 §7.1, RFC 7889). */
    public static final ResponseCode TOOBIG = new ResponseCode("TOOBIG", null);
    /** Text the user must see (RFC 9051 §7.1). */
    public static final ResponseCode ALERT = new ResponseCode("ALERT", null);
    /** A message could not be parsed (RFC 9051 §7.1). */
    public static final ResponseCode PARSE = new ResponseCode("PARSE", null);
    /** The target mailbox does not exist but could be created (RFC 9051 §7.1). */
    public static final ResponseCode TRYCREATE = new ResponseCode("TRYCREATE", null);
    /** Wrong credentials (RFC 5530). */
    public static final ResponseCode AUTHENTICATIONFAILED =
            new ResponseCode("AUTHENTICATIONFAILED", null);
    /** The mailbox is read-only (RFC 9051 §7.1). */
    public static final ResponseCode READ_ONLY = new ResponseCode("READ-ONLY", null);
    /** The mailbox is read-write (RFC 9051 §7.1). */
    public static final ResponseCode READ_WRITE = new ResponseCode("READ-WRITE", null);
    /** A server bug; the text carries an id for the log (RFC 5530). */
    public static final ResponseCode SERVERBUG = new ResponseCode("SERVERBUG", null);
    /** The mailbox or message does not exist (RFC 5530). */
    public static final ResponseCode NONEXISTENT = new ResponseCode("NONEXISTENT", null);
    /** The user or server is over a limit (RFC 5530). */
    public static final ResponseCode LIMIT = new ResponseCode("LIMIT", null);
    /** The command is not allowed without TLS or a better mechanism (RFC 5530). */
    public static final ResponseCode PRIVACYREQUIRED = new ResponseCode("PRIVACYREQUIRED", null);
    /** The client sent something the server cannot handle (RFC 5530). */
    public static final ResponseCode CLIENTBUG = new ResponseCode("CLIENTBUG", null);
    /** The change would exceed a quota; nothing was done (RFC 5530, RFC 9208 §4.3). */
    public static final ResponseCode OVERQUOTA = new ResponseCode("OVERQUOTA", null);
    /** The user may not do this, e.g. change a quota set by the operator (RFC 5530). */
    public static final ResponseCode NOPERM = new ResponseCode("NOPERM", null);
    /** The operation is not allowed (RFC 5530). */
    public static final ResponseCode CANNOT = new ResponseCode("CANNOT", null);
    /** The mailbox already exists (RFC 5530). */
    public static final ResponseCode ALREADYEXISTS = new ResponseCode("ALREADYEXISTS", null);

    /** Validates the name (an atom) and the arguments (no CR, LF or closing bracket). */
    public ResponseCode {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("response code name is empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ']' || c == '[' || c == '(' || c == ')'
                    || c == '"' || c == '{' || c == '\\' || c == '%' || c == '*') {
                throw new IllegalArgumentException("not an atom: " + name);
            }
        }
        if (arguments != null && (arguments.isEmpty() || arguments.indexOf('\r') >= 0
                || arguments.indexOf('\n') >= 0 || arguments.indexOf(']') >= 0)) {
            throw new IllegalArgumentException("bad response code arguments");
        }
    }

    /** A code with arguments, e.g. {@code of("UIDNEXT", "4392")}. */
    public static ResponseCode of(String name, String arguments) {
        return new ResponseCode(name.toUpperCase(Locale.ROOT), arguments);
    }

    /** A code with a number, e.g. {@code [UIDVALIDITY 3857529045]}. */
    public static ResponseCode of(String name, long number) {
        return new ResponseCode(name.toUpperCase(Locale.ROOT), Long.toString(number));
    }

    /** The code as it appears on the wire, without brackets. */
    @Override
    public String toString() {
        return arguments == null ? name : name + " " + arguments;
    }
}
