package dev.spillway.store.mime;

/** A MIME header parameter as written (RFC 2045 §5.1); RFC 2231 forms are not joined. */
public record Param(String name, String value) {
}
