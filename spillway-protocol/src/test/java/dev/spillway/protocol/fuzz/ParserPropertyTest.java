package dev.spillway.protocol.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.command.Command;
import dev.spillway.protocol.frame.ProtocolLimits;
import dev.spillway.protocol.frame.RawCommand;
import dev.spillway.protocol.parse.CommandParser;
import dev.spillway.protocol.parse.CommandSyntaxException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Statistics;

/**
 * The parser on whatever the framer lets through: a command or a {@link CommandSyntaxException}
 * with the command's tag and a text fit for a BAD line, nothing else; and a valid command
 * parses to the same record however its bytes were cut into reads.
 */
@Domain(WireDomain.class)
class ParserPropertyTest {

    @Property(tries = 400, seed = "4303")
    void answersEveryFramedCommandWithACommandOrASyntaxError(@ForAll byte[] input,
            @ForAll ProtocolLimits limits) {
        List<Object> outcomes = Deadline.within(() -> parseAll(limits, List.of(input)));

        boolean parsed = outcomes.stream().anyMatch(o -> o instanceof Command);
        boolean bad = outcomes.stream().anyMatch(o -> o instanceof String);
        Statistics.label("outcome").collect(parsed ? "parsed" : "-", bad ? "bad" : "-");
        // A generator that stopped reaching the parser, or stopped breaking it, would still
        // pass the property; these shares keep it honest.
        Statistics.label("outcome").coverage(c -> {
            c.check("parsed", "-").percentage(p -> p > 5);
            c.check("-", "bad").percentage(p -> p > 5);
        });
    }

    @Property(tries = 300, seed = "4304")
    void validCommandsParseTheSameWhereverTheInputIsCut(@ForAll List<byte[]> commands,
            @ForAll int[] splits) {
        List<Object> expected = new ArrayList<>();
        for (byte[] command : commands) {
            expected.add(CommandParser.parse(RawCommand.fromWire(command),
                    LimitChoices.AUTHENTICATED));
        }
        byte[] input = WireInputs.concat(commands.toArray(byte[][]::new));

        assertThat(parseAll(LimitChoices.AUTHENTICATED, WireInputs.cut(input, splits)))
                .isEqualTo(expected);
    }

    @Property(tries = 300, seed = "4305")
    void mutatedCommandsParseTheSameWhereverTheInputIsCut(@ForAll byte[] input,
            @ForAll int[] splits, @ForAll ProtocolLimits limits) {
        List<Object> whole = Deadline.within(() -> parseAll(limits, List.of(input)));

        assertThat(Deadline.within(() -> parseAll(limits, WireInputs.cut(input, splits))))
                .isEqualTo(whole);
    }

    @Property(tries = 20_000, seed = "20261205") // fixed, so that CI can be repeated
    @Tag("slow")
    void manyMoreInputsParseOrFailCleanly(@ForAll byte[] input,
            @ForAll ProtocolLimits limits) {
        Deadline.within(() -> parseAll(limits, List.of(input)));
    }

    /** Frames the pieces and parses each command; a syntax error becomes its BAD text. */
    private static List<Object> parseAll(ProtocolLimits limits, List<byte[]> pieces) {
        List<Object> outcomes = new ArrayList<>();
        for (RawCommand raw : Framing.feed(limits, pieces).commands) {
            outcomes.add(parse(raw, limits));
        }
        return outcomes;
    }

    private static Object parse(RawCommand raw, ProtocolLimits limits) {
        try {
            Command command = CommandParser.parse(raw, limits);
            assertThat(command.tag()).as("tag of the parsed command").isEqualTo(raw.tag());
            return command;
        } catch (CommandSyntaxException e) {
            if (e.tag() != null) {
                assertThat(e.tag()).as("tag of the BAD answer").isEqualTo(raw.tag());
            }
            assertThat(e.getMessage()).as("BAD text").matches("[\\x20-\\x7e]+");
            assertThat(e.getStackTrace()).as("stack trace of a client mistake").isEmpty();
            return "BAD " + e.tag() + " " + e.getMessage();
        }
    }
}
