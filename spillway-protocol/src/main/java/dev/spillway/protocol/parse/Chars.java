package dev.spillway.protocol.parse;

/** Character classes of the IMAP grammar (RFC 9051 §9), as a lookup table. */
final class Chars {

    static final int ATOM = 1;
    static final int ASTRING = 2;
    static final int TAG = 4;
    static final int LIST = 8;
    static final int BASE64 = 16;
    /** Letters, digits, dot and hyphen: FETCH item and section names. */
    static final int NAME = 32;

    private static final int[] CLASSES = new int[128];

    static {
        for (int c = 0x21; c < 0x7f; c++) {
            int bits = 0;
            boolean atomSpecial = switch (c) {
                case '(', ')', '{', '%', '*', '"', '\\', ']' -> true;
                default -> false;
            };
            if (!atomSpecial) {
                bits |= ATOM | ASTRING | LIST;
                if (c != '+') {
                    bits |= TAG;
                }
            }
            if (c == ']') {
                bits |= ASTRING | TAG | LIST;
            }
            if (c == '%' || c == '*') {
                bits |= LIST;
            }
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/') {
                bits |= BASE64;
            }
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-') {
                bits |= NAME;
            }
            CLASSES[c] = bits;
        }
    }

    private Chars() {
    }

    /** Whether byte {@code b} (-1 for end of input) is in class {@code mask}. */
    static boolean is(int b, int mask) {
        return b >= 0 && b < 128 && (CLASSES[b] & mask) != 0;
    }

    static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }
}
