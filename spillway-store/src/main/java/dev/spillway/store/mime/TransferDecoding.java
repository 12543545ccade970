package dev.spillway.store.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;

/**
 * Undoes a part's Content-Transfer-Encoding (RFC 2045 §6) with mime4j's decoders: the content
 * of FETCH BINARY[...] and BINARY.SIZE (RFC 3516 §4.2), and the input of text extraction.
 */
public final class TransferDecoding {
    private TransferDecoding() {
    }

    /**
     * The decoded body of {@code part}. Empty when the encoding is unknown, which the server
     * reports as {@code NO [UNKNOWN-CTE]} (RFC 3516 §4.3). Broken base64 or quoted-printable is
     * decoded leniently rather than refused.
     */
    public static Optional<byte[]> decode(byte[] raw, BodyPart part) {
        String encoding = part.encoding().toLowerCase(Locale.ROOT);
        byte[] body = Arrays.copyOfRange(raw, part.bodyStart(), part.end());
        return switch (encoding) {
            case "7bit", "8bit", "binary" -> Optional.of(body);
            case "base64" -> Optional.of(drain(new Base64InputStream(
                    new ByteArrayInputStream(body), DecodeMonitor.SILENT)));
            case "quoted-printable" -> Optional.of(drain(new QuotedPrintableInputStream(
                    new ByteArrayInputStream(body), DecodeMonitor.SILENT)));
            default -> Optional.empty();
        };
    }

    private static byte[] drain(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            // Only in-memory streams are read here; their decoders report problems to the
            // SILENT monitor instead of throwing.
            throw new UncheckedIOException(e);
        }
    }
}
