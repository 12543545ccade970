package dev.spillway.protocol.response;

/** Where an {@link ImapWriter} puts its bytes; the Netty side adapts a ByteBuf to it. */
public interface ByteSink {

    /** Appends one byte (the low 8 bits of {@code b}). */
    void writeByte(int b);

    /** Appends {@code len} bytes of {@code bytes} from {@code off}. */
    void writeBytes(byte[] bytes, int off, int len);

    /** Appends {@code s}, whose characters are all US-ASCII, one byte per character. */
    default void writeAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            writeByte(s.charAt(i));
        }
    }
}
