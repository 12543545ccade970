package dev.spillway.protocol.response;

/** Character classes of the IMAP grammar used when writing (RFC 9051 §9). */
final class CharClass {

    private CharClass() {
    }

    /** ATOM-CHAR: any CHAR except atom-specials. */
    static boolean isAtomChar(char c) {
        if (c <= 0x20 || c >= 0x7f) {
            return false;
        }
        return switch (c) {
            case '(', ')', '{', '%', '*', '"', '\\', ']' -> false;
            default -> true;
        };
    }

    /** ASTRING-CHAR: ATOM-CHAR or {@code ]}. */
    static boolean isAstringChar(char c) {
        return c == ']' || isAtomChar(c);
    }

    static boolean isAtom(String s) {
        return isAtom(s, 0);
    }

    /** Whether {@code s} from {@code from} on is an atom. */
    private static boolean isAtom(String s, int from) {
        if (s.length() <= from) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            if (!isAtomChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isAstring(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isAstringChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** flag-perm: a flag, a keyword atom or {@code \*}. */
    static boolean isFlag(String s) {
        if (s.equals("\\*")) {
            return true;
        }
        return isAtom(s, s.startsWith("\\") ? 1 : 0);
    }
}
