package dev.spillway.protocol.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.frame.ProtocolLimits;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/**
 * The framer on mutated commands and noise: it never throws, never stalls, keeps every limit
 * (checked event by event in {@link Framing}), and how the bytes are cut into reads never
 * changes what it reports.
 */
@Domain(WireDomain.class)
class FramerPropertyTest {

    @Property(tries = 400, seed = "4301")
    void reportsTheSameWhereverTheInputIsCut(@ForAll byte[] input, @ForAll int[] splits,
            @ForAll ProtocolLimits limits) {
        List<String> whole = Deadline.within(() -> Framing.feed(limits, List.of(input)).events);
        List<String> cut = Deadline.within(
                () -> Framing.feed(limits, WireInputs.cut(input, splits)).events);

        assertThat(cut).isEqualTo(whole);
        Statistics.label("framing error").collect(whole.stream()
                .anyMatch(e -> e.startsWith("error")));
        Statistics.label("framing error").coverage(c -> {
            c.check(true).percentage(p -> p > 5);
            c.check(false).percentage(p -> p > 5);
        });
    }

    @Property(tries = 150, seed = "4302")
    void byteAtATimeReportsTheSameAsOneRead(@ForAll byte[] input,
            @ForAll ProtocolLimits limits) {
        List<byte[]> bytes = new ArrayList<>();
        for (byte b : input) {
            bytes.add(new byte[] {b});
        }
        List<String> whole = Deadline.within(() -> Framing.feed(limits, List.of(input)).events);

        assertThat(Deadline.within(() -> Framing.feed(limits, bytes).events)).isEqualTo(whole);
    }

    @Property(tries = 20_000, seed = "20261204") // fixed, so that CI can be repeated
    @Tag("slow")
    void manyMoreInputsKeepTheLimits(@ForAll byte[] input, @ForAll int[] splits,
            @ForAll ProtocolLimits limits) {
        Deadline.within(() -> Framing.feed(limits, WireInputs.cut(input, splits)));
    }
}
