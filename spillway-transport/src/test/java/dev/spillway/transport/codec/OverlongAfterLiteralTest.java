package dev.spillway.transport.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.frame.ProtocolLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line after a literal that runs past the line limit with bare CRs, cut at every point: the
 * decoder must report it whatever the reads, and never hand Netty a message for a read it
 * did not consume (which Netty refuses with a DecoderException).
 */
class OverlongAfterLiteralTest {
    private static final ProtocolLimits LIMITS =
            new ProtocolLimits(200, 64, 1024, 6, 40, 10, true);

    @Test
    void everyCutGivesTheOutcomeOfOneRead() {
        byte[] input = ("a LOGIN {4}\r\nfred {6}\r" + "}\r".repeat(120) + "\nsecret\r\nz NOOP\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (DecoderMode mode : DecoderMode.values()) {
            Outcome whole = Outcome.of(LIMITS, mode, List.of(input));
            for (int split = 1; split < input.length; split++) {
                List<byte[]> pieces = new ArrayList<>();
                pieces.add(Arrays.copyOfRange(input, 0, split));
                pieces.add(Arrays.copyOfRange(input, split, input.length));

                assertThat(Outcome.of(LIMITS, mode, pieces)).as("%s cut at %d", mode, split)
                        .isEqualTo(whole);
            }
        }
    }
}
