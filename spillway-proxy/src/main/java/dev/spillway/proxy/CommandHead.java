package dev.spillway.proxy;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The tag and command name at the start of a command's first line segment, read without
 * parsing the rest, so the proxy can route a command before its literals arrive.
 *
 * @param tag the tag, or null if the framer found none
 * @param name the command name in upper case; for {@code UID FETCH} just {@code UID}; empty if
 *     missing
 * @param argument the first argument's text, e.g. {@code DEFLATE} for COMPRESS; may be empty
 */
record CommandHead(String tag, String name, String argument) {

    private static final int SCAN = 96;

    static CommandHead of(String tag, ByteBuf segment) {
        int n = Math.min(segment.readableBytes(), SCAN);
        String text = segment.toString(segment.readerIndex(), n, StandardCharsets.US_ASCII);
        String[] words = text.split("[ \r\n]+", 4);
        String name = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
        String argument = words.length > 2 ? words[2] : "";
        return new CommandHead(tag, name, argument);
    }
}
