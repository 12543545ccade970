package dev.spillway.transport.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.frame.ProtocolLimits;
import dev.spillway.protocol.fuzz.WireDomain;
import dev.spillway.protocol.fuzz.WireInputs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.domains.Domain;

/**
 * The decoder on the protocol module's mutated commands and noise: in both modes, however the
 * input is cut into reads, it passes on the same messages, writes the same bytes, closes or
 * not alike, and releases every buffer ({@link Outcome} checks that on each feed).
 */
@Domain(WireDomain.class)
class DecoderPropertyTest {

    @Property(tries = 250, seed = "4306")
    void anyCutGivesTheOutcomeOfOneRead(@ForAll byte[] input, @ForAll int[] splits,
            @ForAll ProtocolLimits limits) {
        for (DecoderMode mode : DecoderMode.values()) {
            Outcome whole = Outcome.of(limits, mode, List.of(input));

            assertThat(Outcome.of(limits, mode, WireInputs.cut(input, splits)))
                    .as("%s", mode).isEqualTo(whole);
        }
    }

    @Property(tries = 500, seed = "20261206") // fixed, so that CI can be repeated
    @Tag("slow")
    void everyCutGivesTheOutcomeOfOneRead(@ForAll byte[] input,
            @ForAll ProtocolLimits limits) {
        for (DecoderMode mode : DecoderMode.values()) {
            Outcome whole = Outcome.of(limits, mode, List.of(input));
            for (int split = 1; split < input.length; split++) {
                List<byte[]> pieces = new ArrayList<>();
                pieces.add(Arrays.copyOfRange(input, 0, split));
                pieces.add(Arrays.copyOfRange(input, split, input.length));

                assertThat(Outcome.of(limits, mode, pieces)).as("%s cut at %d", mode, split)
                        .isEqualTo(whole);
            }
        }
    }
}
