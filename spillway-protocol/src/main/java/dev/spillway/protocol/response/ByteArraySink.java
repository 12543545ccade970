package dev.spillway.protocol.response;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable in-memory {@link ByteSink}. */
public final class ByteArraySink implements ByteSink {

    private byte[] bytes = new byte[128];
    private int size;

    @Override
    public void writeByte(int b) {
        ensure(size + 1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void writeBytes(byte[] src, int off, int len) {
        ensure(size + len);
        System.arraycopy(src, off, bytes, size, len);
        size += len;
    }

    /** Bytes written so far. */
    public int size() {
        return size;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** The bytes as ISO-8859-1 text, one char per byte, for tests and logs. */
    @Override
    public String toString() {
        return new String(bytes, 0, size, StandardCharsets.ISO_8859_1);
    }

    /** Forgets everything written. */
    public void clear() {
        size = 0;
    }

    private void ensure(int needed) {
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }
}
