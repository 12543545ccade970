package dev.spillway.protocol.response;

/** A complete server response that writes itself, CRLF included. */
public interface Response {

    /** Writes the whole response, ending with CRLF. */
    void writeTo(ImapWriter writer);
}
