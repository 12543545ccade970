package dev.spillway.protocol.frame;

import static dev.spillway.protocol.frame.RecordingSink.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Framing rules, limits and recovery. */
class CommandFramerTest {

    private static final ProtocolLimits LIMITS = ProtocolLimits.DEFAULTS;

    private static RecordingSink feed(String input) {
        return RecordingSink.feed(LIMITS, bytes(input));
    }

    private static RecordingSink feed(ProtocolLimits limits, String input) {
        return RecordingSink.feed(limits, bytes(input));
    }

    @Test
    void splitsPipelinedCommands() {
        assertThat(feed("a NOOP\r\nb CAPABILITY\r\n").events)
                .containsExactly("CMD a a NOOP\r\n", "CMD b b CAPABILITY\r\n");
    }

    @Test
    void acceptsBareLineFeed() {
        assertThat(feed("a NOOP\nb NOOP\r\n").events)
                .containsExactly("CMD a a NOOP\r\n", "CMD b b NOOP\r\n");
    }

    @Test
    void keepsBareCarriageReturnAsData() {
        RecordingSink sink = feed("a NO\rOP\r\n");

        assertThat(sink.commands.get(0).length()).isEqualTo(7);
        assertThat(sink.commands.get(0).byteAt(4)).isEqualTo((byte) '\r');
    }

    @Test
    void asksForContinuationOnlyForSynchronizingLiterals() {
        assertThat(feed("a LOGIN {1}\r\nx {2+}\r\nyz\r\n").events).containsExactly(
                "CONT a 1", "CMD a a LOGIN {1}\r\nx {2+}\r\nyz\r\n");
    }

    @Test
    void recordsLiteralPositions() {
        RawCommand command = feed("a APPEND x ~{3}\r\nab\n\r\n").commands.get(0);

        assertThat(command.literalCount()).isEqualTo(1);
        assertThat(command.isBinaryLiteral(0)).isTrue();
        assertThat(command.announcementOffset(0)).isEqualTo(11);
        assertThat(command.literalOffset(0)).isEqualTo(17);
        assertThat(command.literalLength(0)).isEqualTo(3);
    }

    @Test
    void literalMayContainLineEndsAndNul() {
        RawCommand command = feed("a APPEND x {5}\r\n\r\n\u0000\n\r\r\n").commands.get(0);

        assertThat(command.copy(command.literalOffset(0), command.length()))
                .containsExactly('\r', '\n', 0, '\n', '\r');
    }

    @Test
    void announcementInsideQuotedStringIsNotALiteral() {
        assertThat(feed("a LOGIN \"x {3}\r\nb NOOP\r\n").events)
                .containsExactly("CMD a a LOGIN \"x {3}\r\n", "CMD b b NOOP\r\n");
    }

    @Test
    void escapedQuoteDoesNotEndQuotedString() {
        assertThat(feed("a LOGIN \"x\\\" {3}\r\nb NOOP\r\n").events)
                .containsExactly("CMD a a LOGIN \"x\\\" {3}\r\n", "CMD b b NOOP\r\n");
    }

    @Test
    void zeroLengthLiteralContinuesTheCommand() {
        assertThat(feed("a LOGIN {0}\r\n \"\"\r\n").events)
                .containsExactly("CONT a 0", "CMD a a LOGIN {0}\r\n \"\"\r\n");
    }

    @Test
    void tagIsNullWhenInvalid() {
        assertThat(feed("+x NOOP\r\n").events).containsExactly("CMD null +x NOOP\r\n");
    }

    @Test
    void lineExactlyAtLimitIsAccepted() {
        ProtocolLimits limits = LIMITS.withMaxLineLength(20);
        String line = "a NOOP " + "x".repeat(13);

        assertThat(line).hasSize(20);
        assertThat(feed(limits, line + "\r\n").events).containsExactly("CMD a " + line + "\r\n");
    }

    @Test
    void lineOnePastLimitIsRejectedAndSkipped() {
        ProtocolLimits limits = LIMITS.withMaxLineLength(20);
        String line = "a NOOP " + "x".repeat(14);

        assertThat(feed(limits, line + "\r\nb NOOP\r\n").events).containsExactly(
                "ERR LINE_TOO_LONG a BAD TOOBIG", "CMD b b NOOP\r\n");
    }

    @Test
    void overlongLineWithoutTagIsUntagged() {
        ProtocolLimits limits = LIMITS.withMaxLineLength(20);

        assertThat(feed(limits, "x".repeat(50) + "\r\nb NOOP\r\n").events).containsExactly(
                "ERR LINE_TOO_LONG null BAD TOOBIG", "CMD b b NOOP\r\n");
    }

    @Test
    void overlongLineEndingInNonSyncLiteralSkipsTheLiteral() {
        ProtocolLimits limits = LIMITS.withMaxLineLength(20);

        assertThat(feed(limits, "a APPEND " + "x".repeat(30) + " {6+}\r\nb NOOP\r\nc NOOP\r\n")
                .events).containsExactly("ERR LINE_TOO_LONG a BAD TOOBIG", "CMD c c NOOP\r\n");
    }

    @Test
    void overlongLineEndingInSyncLiteralEndsTheCommand() {
        ProtocolLimits limits = LIMITS.withMaxLineLength(20);

        assertThat(feed(limits, "a APPEND " + "x".repeat(30) + " {6}\r\nb NOOP\r\n").events)
                .containsExactly("ERR LINE_TOO_LONG a BAD TOOBIG", "CMD b b NOOP\r\n");
    }

    @Test
    void syncLiteralAtLimitIsAccepted() {
        ProtocolLimits limits = LIMITS.withMaxLiteralSize(4);

        assertThat(feed(limits, "a LOGIN {4}\r\nabcd x\r\n").events)
                .containsExactly("CONT a 4", "CMD a a LOGIN {4}\r\nabcd x\r\n");
    }

    @Test
    void syncLiteralOverLimitGetsNoWithoutContinuation() {
        ProtocolLimits limits = LIMITS.withMaxLiteralSize(4);

        assertThat(feed(limits, "a LOGIN {5}\r\nb NOOP\r\n").events).containsExactly(
                "ERR LITERAL_TOO_BIG a NO TOOBIG", "CMD b b NOOP\r\n");
    }

    @Test
    void nonSyncLiteralOverLimitIsSkipped() {
        ProtocolLimits limits = LIMITS.withMaxLiteralSize(4);

        assertThat(feed(limits, "a LOGIN {5+}\r\nb NOO {2+}\r\nxy\r\nc NOOP\r\n").events)
                .containsExactly("ERR LITERAL_TOO_BIG a NO TOOBIG", "CMD c c NOOP\r\n");
    }

    @Test
    void nonSyncLiteralTooBigToSkipIsFatal() {
        ProtocolLimits limits = LIMITS.withMaxLiteralSize(4).withMaxLineLength(50)
                .withMaxCommandSize(100);
        RecordingSink sink = feed(limits, "a APPEND x {101+}\r\nb NOOP\r\n");

        assertThat(sink.events).containsExactly("ERR LITERAL_TOO_BIG null BYE");
        assertThat(sink.errors.get(0).fatal()).isTrue();
    }

    @Test
    void literalMinusAllows4096ButNot4097() {
        ProtocolLimits limits = LIMITS.withLiteralPlus(false).withMaxLiteralSize(10_000);
        String ok = "a APPEND x {4096+}\r\n" + "m".repeat(4096) + "\r\n";
        String tooBig = "b APPEND x {4097+}\r\n" + "m".repeat(4097) + "\r\nc NOOP\r\n";

        assertThat(feed(limits, ok).commands).hasSize(1);
        assertThat(feed(limits, tooBig).events).containsExactly(
                "ERR LITERAL_TOO_BIG b BAD TOOBIG", "CMD c c NOOP\r\n");
    }

    @Test
    void literalPlusAllowsLargeNonSyncLiteral() {
        ProtocolLimits limits = LIMITS.withMaxLiteralSize(10_000);

        assertThat(feed(limits, "a APPEND x {5000+}\r\n" + "m".repeat(5000) + "\r\n")
                .commands).hasSize(1);
    }

    @Test
    void literalLimitCanBeRaisedAtRunTime() {
        RecordingSink sink = new RecordingSink();
        ProtocolLimits limits = LIMITS.withMaxLiteralSize(4);
        CommandFramer framer = new CommandFramer(limits, new CommandAssembler(limits, sink));

        framer.feed(ByteBuffer.wrap(bytes("a LOGIN {5}\r\n")));
        framer.setMaxLiteralSize(5);
        framer.feed(ByteBuffer.wrap(bytes("b LOGIN {5}\r\nabcde x\r\n")));

        assertThat(sink.events).containsExactly("ERR LITERAL_TOO_BIG a NO TOOBIG", "CONT b 5",
                "CMD b b LOGIN {5}\r\nabcde x\r\n");
    }

    @Test
    void commandSizeIsLimited() {
        ProtocolLimits limits = LIMITS.withMaxLineLength(30).withMaxCommandSize(40);
        String atLimit = "a LOGIN {10}\r\n0123456789 {8}\r\nabcdefgh";
        String overLimit = "b LOGIN {10}\r\n0123456789 {11}\r\nc NOOP\r\n";

        assertThat(atLimit.length() + 2).isEqualTo(40);
        assertThat(feed(limits, atLimit + "\r\n").commands).hasSize(1);
        assertThat(feed(limits, overLimit).events).containsExactly("CONT b 10",
                "ERR COMMAND_TOO_BIG b BAD TOOBIG", "CMD c c NOOP\r\n");
    }

    @Test
    void nestingExactlyAtLimitIsAccepted() {
        ProtocolLimits limits = LIMITS.withMaxNestingDepth(3);

        assertThat(feed(limits, "a X (((y)))\r\n").commands).hasSize(1);
    }

    @Test
    void nestingOnePastLimitIsRejected() {
        ProtocolLimits limits = LIMITS.withMaxNestingDepth(3);

        assertThat(feed(limits, "a X ((((y))))\r\nb NOOP\r\n").events).containsExactly(
                "ERR NESTING_TOO_DEEP a BAD", "CMD b b NOOP\r\n");
    }

    @Test
    void parenthesesInQuotedStringsDoNotNest() {
        ProtocolLimits limits = LIMITS.withMaxNestingDepth(1);

        assertThat(feed(limits, "a X \"((((\"\r\n").commands).hasSize(1);
    }

    @Test
    void tokensExactlyAtLimitAreAccepted() {
        ProtocolLimits limits = LIMITS.withMaxTokens(6);

        assertThat(feed(limits, "a X (b \"c d\") {1}\r\ne\r\n").commands).hasSize(1);
    }

    @Test
    void tokensOnePastLimitAreRejected() {
        ProtocolLimits limits = LIMITS.withMaxTokens(6);

        assertThat(feed(limits, "a X (b \"c d\") e f\r\nb NOOP\r\n").events).containsExactly(
                "ERR TOO_MANY_TOKENS a BAD", "CMD b b NOOP\r\n");
    }

    @Test
    void httpRequestIsFatal() {
        RecordingSink sink = feed("GET / HTTP/1.1\r\nHost: x\r\n\r\n");

        assertThat(sink.events).containsExactly("ERR NOT_IMAP null BYE");
    }

    @Test
    void httpMethodAsTagIsFineWithoutHttpVersion() {
        assertThat(feed("GET NOOP\r\n").events).containsExactly("CMD GET GET NOOP\r\n");
    }

    @Test
    void httpLaterInTheStreamIsJustBadInput() {
        assertThat(feed("a NOOP\r\nPOST / HTTP/1.1\r\n").events).containsExactly(
                "CMD a a NOOP\r\n", "CMD POST POST / HTTP/1.1\r\n");
    }

    @Test
    void tlsClientHelloIsFatal() {
        byte[] hello = {0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00};

        assertThat(RecordingSink.feed(LIMITS, hello).events)
                .containsExactly("ERR NOT_IMAP null BYE");
    }

    @Test
    void nulInLineIsFatalAndLaterInputIgnored() {
        RecordingSink sink = feed("a NO\u0000OP\r\nb NOOP\r\n");

        assertThat(sink.events).containsExactly("ERR NOT_IMAP null BYE");
    }

    @Test
    void rawLineModeSkipsLiteralAndTagProcessing() {
        RecordingSink sink = new RecordingSink();
        CommandFramer framer = new CommandFramer(LIMITS, new CommandAssembler(LIMITS, sink));

        framer.expectRawLine();
        framer.feed(ByteBuffer.wrap(bytes("AGZyZWQ {5}\r\na NOOP\r\n")));

        assertThat(sink.events).containsExactly("RAW AGZyZWQ {5}", "CMD a a NOOP\r\n");
    }

    @Test
    void rawLineTooLongIsUntaggedBad() {
        ProtocolLimits limits = LIMITS.withMaxLineLength(10);
        RecordingSink sink = new RecordingSink();
        CommandFramer framer = new CommandFramer(limits, new CommandAssembler(limits, sink));

        framer.expectRawLine();
        framer.feed(ByteBuffer.wrap(bytes("a2345678901 {5+}\r\na NOOP\r\n")));

        assertThat(sink.events).containsExactly("ERR LINE_TOO_LONG null BAD TOOBIG",
                "CMD a a NOOP\r\n");
    }

    @Test
    void pauseStopsFeedAfterTheCurrentCommand() {
        RecordingSink sink = new RecordingSink();
        CommandFramer[] holder = new CommandFramer[1];
        CommandSink pausing = new CommandSink() {
            @Override
            public void command(RawCommand command) {
                sink.command(command);
                holder[0].pause();
            }

            @Override
            public void rawLine(RawLine line) {
                sink.rawLine(line);
            }

            @Override
            public void continuationRequired(String tag, LiteralAnnouncement literal) {
                sink.continuationRequired(tag, literal);
            }

            @Override
            public void error(FrameError error) {
                sink.error(error);
            }
        };
        holder[0] = new CommandFramer(LIMITS, new CommandAssembler(LIMITS, pausing));
        ByteBuffer input = ByteBuffer.wrap(bytes("a NOOP\r\nb NOOP\r\n"));

        int consumed = holder[0].feed(input);

        assertThat(consumed).isEqualTo(8);
        assertThat(input.position()).isEqualTo(8);
        assertThat(holder[0].feed(input)).isZero();
        holder[0].resume();
        assertThat(holder[0].feed(input)).isEqualTo(8);
        assertThat(sink.events).containsExactly("CMD a a NOOP\r\n", "CMD b b NOOP\r\n");
    }

    @Test
    void resetDropsPartialCommand() {
        RecordingSink sink = new RecordingSink();
        CommandFramer framer = new CommandFramer(LIMITS, new CommandAssembler(LIMITS, sink));

        framer.feed(ByteBuffer.wrap(bytes("a LOGIN {5}\r\nab")));
        assertThat(framer.isAtCommandBoundary()).isFalse();
        framer.reset();
        framer.feed(ByteBuffer.wrap(bytes("b NOOP\r\n")));

        assertThat(framer.isAtCommandBoundary()).isTrue();
        assertThat(sink.events).containsExactly("CONT a 5", "CMD b b NOOP\r\n");
    }

    @Test
    void errorsMapToResponses() {
        FrameError tagged = new FrameError(FrameError.Kind.LITERAL_TOO_BIG, "a",
                dev.spillway.protocol.response.Status.NO,
                dev.spillway.protocol.response.ResponseCode.TOOBIG, "Too big");
        FrameError untagged = new FrameError(FrameError.Kind.LINE_TOO_LONG, null,
                dev.spillway.protocol.response.Status.BAD, null, "Long");

        assertThat(tagged.response()).hasToString(
                "StatusResponse[tag=a, status=NO, code=TOOBIG, text=Too big]");
        assertThat(untagged.response().tag()).isNull();
        assertThat(FrameError.tooManyBadCommands().response().status())
                .isEqualTo(dev.spillway.protocol.response.Status.BYE);
    }

    @Test
    void badCommandCounterTripsAtLimitAndResets() {
        BadCommandCounter counter = new BadCommandCounter(3);

        assertThat(counter.recordBad()).isFalse();
        assertThat(counter.recordBad()).isFalse();
        counter.recordGood();
        assertThat(counter.recordBad()).isFalse();
        assertThat(counter.recordBad()).isFalse();
        assertThat(counter.recordBad()).isTrue();
    }
}
