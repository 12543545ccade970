package dev.spillway.store.account;

import dev.spillway.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Rules for account names. A name is a bare name ({@code demo}) or an email address
 * ({@code ann@example.org}): 1 to 128 characters, no control characters and no white space.
 * Names are matched without regard to case, by their {@link #key}.
 */
public final class AccountNames {
    public static final int MAX_LENGTH = 128;

    private AccountNames() {
    }

    /** @throws StoreException INVALIDNAME */
    public static void validate(String name) throws StoreException {
        if (name == null || name.isEmpty() || name.length() > MAX_LENGTH) {
            throw new StoreException(StoreException.Kind.INVALIDNAME,
                    "account names have 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                throw new StoreException(StoreException.Kind.INVALIDNAME,
                        "account names contain no spaces or control characters");
            }
        }
    }

    /** The case-folded form names are compared by. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * A file name for the account that is safe on any file system and distinct for distinct
     * keys: the key with every octet outside {@code [a-z0-9._@+-]} percent-encoded (upper-case
     * hex, so case-insensitive file systems cannot merge two names), and a leading dot encoded
     * so no name is hidden or special. An encoding longer than 80 octets is cut to 40 and
     * completed with {@code %%} and the SHA-256 of the key, keeping file names short.
     */
    public static String fileName(String name) {
        byte[] utf8 = key(name).getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < utf8.length; i++) {
            int b = utf8[i] & 0xff;
            boolean plain = (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                    || b == '_' || b == '@' || b == '+' || b == '-' || (b == '.' && i > 0);
            if (plain) {
                sb.append((char) b);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", b));
            }
        }
        if (sb.length() <= 80) {
            return sb.toString();
        }
        return sb.substring(0, 40) + "%%" + sha256Hex(utf8);
    }

    private static String sha256Hex(byte[] data) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
            StringBuilder sb = new StringBuilder();
            for (byte d : digest) {
                sb.append(String.format(Locale.ROOT, "%02x", d & 0xff));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
