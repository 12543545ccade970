package dev.spillway.protocol.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One edit of a command's bytes. Positions are taken modulo the input's length, so any edit
 * applies to any input and a shrunk edit still means something. Each kind aims at one part of
 * the framer or parser: literal announcements, nesting, number parsing, line endings.
 */
sealed interface Mutation {

    /** Returns the edited copy; never modifies {@code in}. */
    byte[] apply(byte[] in);

    /** Inserts {@code bytes} before position {@code at}. */
    record Insert(int at, byte[] bytes) implements Mutation {
        @Override
        public byte[] apply(byte[] in) {
            return splice(in, at % (in.length + 1), 0, bytes);
        }

        @Override
        public String toString() {
            return "Insert[" + at + ", " + printable(bytes) + "]";
        }
    }

    /** Removes up to {@code length} bytes from position {@code at}. */
    record Delete(int at, int length) implements Mutation {
        @Override
        public byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            int from = at % in.length;
            return splice(in, from, Math.min(length, in.length - from), new byte[0]);
        }
    }

    /** Overwrites the byte at {@code at}. */
    record Replace(int at, byte value) implements Mutation {
        @Override
        public byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            byte[] out = in.clone();
            out[at % in.length] = value;
            return out;
        }
    }

    /** Repeats bytes {@code at .. at+length-1} {@code times} times in place. */
    record Repeat(int at, int length, int times) implements Mutation {
        @Override
        public byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            int from = at % in.length;
            byte[] run = Arrays.copyOfRange(in, from, Math.min(in.length, from + length));
            ByteArrayOutputStream copies = new ByteArrayOutputStream();
            for (int i = 0; i < times; i++) {
                copies.writeBytes(run);
            }
            return splice(in, from, 0, copies.toByteArray());
        }
    }

    /**
     * Rewrites the number of the {@code which}-th literal announcement, or of the
     * {@code which}-th digit run when there is none, as {@code digits}; {@code flipPlus} turns
     * {@code {n}} into {@code {n+}} and back.
     */
    record Number(int which, String digits, boolean flipPlus) implements Mutation {
        @Override
        public byte[] apply(byte[] in) {
            String text = new String(in, StandardCharsets.ISO_8859_1);
            int[] run = findDigits(text, which, true);
            if (run == null) {
                run = findDigits(text, which, false);
            }
            if (run == null) {
                return in;
            }
            String replaced = digits;
            int end = run[1];
            if (flipPlus && end < text.length() && text.charAt(end) == '+') {
                end++;
            } else if (flipPlus && end < text.length() && text.charAt(end) == '}') {
                replaced += "+";
            }
            return splice(in, run[0], end - run[0], replaced.getBytes(StandardCharsets.US_ASCII));
        }

        private static int[] findDigits(String text, int which, boolean literalsOnly) {
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                boolean startsRun = Character.isDigit(text.charAt(i))
                        && (i == 0 || !Character.isDigit(text.charAt(i - 1)));
                if (startsRun && (!literalsOnly || (i > 0 && text.charAt(i - 1) == '{'))) {
                    starts.add(i);
                }
            }
            if (starts.isEmpty()) {
                return null;
            }
            int from = starts.get(which % starts.size());
            int end = from;
            while (end < text.length() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            return new int[] {from, end};
        }
    }

    /** Replaces {@code length} bytes at {@code at} with {@code bytes}. */
    private static byte[] splice(byte[] in, int at, int length, byte[] bytes) {
        byte[] out = new byte[in.length - length + bytes.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        System.arraycopy(in, at + length, out, at + bytes.length, in.length - at - length);
        return out;
    }

    /** Bytes as text with controls and non-ASCII escaped, for failure reports. */
    static String printable(byte[] bytes) {
        StringBuilder s = new StringBuilder("\"");
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                s.append((char) c);
            } else {
                s.append(String.format("\\x%02x", c));
            }
        }
        return s.append('"').toString();
    }
}
