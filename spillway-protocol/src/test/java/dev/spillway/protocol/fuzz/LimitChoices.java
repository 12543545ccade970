package dev.spillway.protocol.fuzz;

import dev.spillway.protocol.frame.ProtocolLimits;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Limits to fuzz under: tight ones that mutations cross often, and the server's own. */
final class LimitChoices {

    /** Small enough that inserted nesting, long runs and changed literal sizes cross them. */
    static final ProtocolLimits TIGHT = new ProtocolLimits(200, 64, 1024, 6, 40, 10, true);

    /** Before login, with LITERAL- rules instead of LITERAL+. */
    static final ProtocolLimits LITERAL_MINUS = ProtocolLimits.DEFAULTS.withLiteralPlus(false);

    /** After login. */
    static final ProtocolLimits AUTHENTICATED = ProtocolLimits.DEFAULTS
            .withMaxLiteralSize(ProtocolLimits.AUTHENTICATED_LITERAL_SIZE);

    private LimitChoices() {
    }

    static Arbitrary<ProtocolLimits> any() {
        return Arbitraries.of(TIGHT, TIGHT.withLiteralPlus(false), ProtocolLimits.DEFAULTS,
                LITERAL_MINUS, AUTHENTICATED);
    }
}
