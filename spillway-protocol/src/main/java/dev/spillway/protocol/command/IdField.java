package dev.spillway.protocol.command;

/**
 * One field of an ID parameter list (RFC 2971 §3.1).
 *
 * @param name field name as sent (compare without regard to case)
 * @param value field value, or null for NIL
 */
public record IdField(String name, String value) {
}
