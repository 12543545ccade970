package dev.spillway.protocol.fuzz;

import dev.spillway.protocol.frame.ProtocolLimits;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/**
 * What a {@code @ForAll} parameter means in the wire properties, by type: {@code byte[]} is
 * client input (mostly mutated commands), {@code List<byte[]>} a pipeline of valid commands,
 * {@code int[]} the points where the input is cut into reads, and {@link ProtocolLimits} the
 * limits in force.
 */
public class WireDomain extends DomainContextBase {

    @Provide
    Arbitrary<byte[]> input() {
        return WireInputs.anything();
    }

    @Provide
    Arbitrary<List<byte[]>> pipeline() {
        return WireInputs.validPipeline();
    }

    @Provide
    Arbitrary<int[]> splits() {
        return WireInputs.splits();
    }

    @Provide
    Arbitrary<ProtocolLimits> limits() {
        return LimitChoices.any();
    }
}
