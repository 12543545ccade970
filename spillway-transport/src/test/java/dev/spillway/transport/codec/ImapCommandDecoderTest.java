package dev.spillway.transport.codec;

import static dev.spillway.transport.codec.Wire.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillway.protocol.frame.FrameError;
import dev.spillway.protocol.frame.ProtocolLimits;
import dev.spillway.protocol.frame.RawCommand;
import dev.spillway.protocol.frame.RawLine;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The decoder over an EmbeddedChannel: splits, continuations, limits, modes and leaks. */
@ExtendWith(ParanoidLeakDetection.class)
class ImapCommandDecoderTest {

    private static final ProtocolLimits LIMITS = ProtocolLimits.DEFAULTS;
    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("a NOOP\r\n", 1, 0),
                Arguments.of("a LOGIN {4}\r\nfred {6}\r\nsecret\r\n", 1, 2),
                Arguments.of("a LOGIN {4+}\r\nfred {6+}\r\nsecret\r\n", 1, 0),
                Arguments.of("a APPEND INBOX (\\Seen) {5}\r\nHello ~{3+}\r\nx\u0000y\r\n", 1, 1),
                Arguments.of("a ID (\"name\" \"com.apple.email.maild\" \"event\" \"back-fill\")"
                        + "\r\nb IDLE\r\n", 2, 0),
                Arguments.of("a SEARCH CHARSET UTF-8 TEXT {6}\r\nXXXXXX\r\nb NOOP\n", 2, 1),
                Arguments.of("a LOGIN \"x {3}\"\r\n", 1, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everySplitPointGivesTheSameCommandsAndTimelyContinuations(String text, int commands,
            int syncLiterals) {
        byte[] input = bytes(text);
        List<String> expected = wireOf(RawCommand.fromWire(firstCommand(text)));

        for (int split = 1; split < input.length; split++) {
            Wire wire = new Wire(LIMITS, DecoderMode.WHOLE_COMMANDS);
            wire.feed(input, 0, split);
            String early = wire.output();
            assertThat(early).as("continuations after %d bytes", split)
                    .isEqualTo("+ Ready\r\n".repeat(syncLiteralsBefore(text, split)));
            wire.feed(input, split, input.length);
            List<Object> messages = wire.inbound();

            assertThat(messages).as("split %d", split).hasSize(commands)
                    .allMatch(m -> m instanceof RawCommand);
            assertThat(wireOf((RawCommand) messages.get(0))).isEqualTo(expected);
            assertThat(early + wire.output()).isEqualTo("+ Ready\r\n".repeat(syncLiterals));
            wire.assertNoLeaks();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void byteAtATimeMatchesWholeInput(String text, int commands, int syncLiterals) {
        byte[] input = bytes(text);
        Wire whole = new Wire(LIMITS, DecoderMode.WHOLE_COMMANDS).feed(text);
        Wire single = new Wire(LIMITS, DecoderMode.WHOLE_COMMANDS);
        for (int i = 0; i < input.length; i++) {
            single.feed(input, i, i + 1);
        }

        assertThat(describe(single.inbound())).isEqualTo(describe(whole.inbound()));
        assertThat(single.output()).isEqualTo(whole.output());
        single.assertNoLeaks();
        whole.assertNoLeaks();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void streamingModeReassemblesToTheInput(String text, int commands, int syncLiterals) {
        byte[] input = bytes(text);
        String normalized = text.replace("b NOOP\n", "b NOOP\r\n");

        for (int split = 1; split < input.length; split++) {
            Wire wire = new Wire(LIMITS, DecoderMode.STREAMING);
            wire.feed(input, 0, split).feed(input, split, input.length);
            String joined = wire.inbound().stream()
                    .map(m -> ((String) m).substring(((String) m).indexOf(':') + 1))
                    .collect(Collectors.joining());

            assertThat(joined).as("split %d", split).isEqualTo(normalized);
            assertThat(wire.output()).isEqualTo("+ Ready\r\n".repeat(syncLiterals));
            wire.assertNoLeaks();
        }
    }

    @Test
    void streamingModeReportsSegmentsAndChunks() {
        Wire wire = new Wire(LIMITS, DecoderMode.STREAMING);

        wire.feed("a APPEND x {10}\r\n01234").feed("56789\r\n");

        assertThat(wire.inbound()).containsExactly("CommandSegment:a APPEND x {10}\r\n",
                "LiteralChunk:01234", "LiteralChunk:56789", "CommandSegment:\r\n");
        wire.assertNoLeaks();
    }

    @Test
    void noContinuationWhenTurnedOff() {
        Wire wire = new Wire(LIMITS, DecoderMode.STREAMING);
        wire.decoder.setWriteContinuations(false);

        wire.feed("a LOGIN {1}\r\nx y\r\n");

        assertThat(wire.output()).isEmpty();
        wire.inbound();
        wire.assertNoLeaks();
    }

    @Test
    void lineExactlyAtLimitPassesAndOnePastIsRejected() {
        ProtocolLimits limits = LIMITS.withMaxLineLength(16);
        Wire wire = new Wire(limits, DecoderMode.WHOLE_COMMANDS);

        wire.feed("a NOOP 123456789\r\nb NOOP 1234567890\r\nc NOOP\r\n");

        assertThat(describe(wire.inbound())).containsExactly("a NOOP 123456789",
                "error LINE_TOO_LONG", "c NOOP");
        assertThat(wire.output()).isEqualTo("b BAD [TOOBIG] Line too long\r\n");
        wire.assertNoLeaks();
    }

    @Test
    void literalExactlyAtLimitPassesAndOnePastGetsNoWithoutContinuation() {
        ProtocolLimits limits = LIMITS.withMaxLiteralSize(4);
        Wire wire = new Wire(limits, DecoderMode.WHOLE_COMMANDS);

        wire.feed("a LOGIN {4}\r\n");
        assertThat(wire.output()).isEqualTo("+ Ready\r\n");
        wire.feed("abcd x\r\nb LOGIN {5}\r\n");

        assertThat(wire.output()).isEqualTo("b NO [TOOBIG] Literal larger than 4 octets\r\n");
        assertThat(describe(wire.inbound())).containsExactly("a LOGIN {4}\r\nabcd x",
                "error LITERAL_TOO_BIG");
        wire.assertNoLeaks();
    }

    @Test
    void nestingExactlyAtLimitPassesAndOnePastIsRejected() {
        ProtocolLimits limits = LIMITS.withMaxNestingDepth(2);
        Wire wire = new Wire(limits, DecoderMode.WHOLE_COMMANDS);

        wire.feed("a X ((y))\r\nb X (((y)))\r\n");

        assertThat(describe(wire.inbound())).containsExactly("a X ((y))",
                "error NESTING_TOO_DEEP");
        assertThat(wire.output()).isEqualTo("b BAD Lists nested too deeply\r\n");
        wire.assertNoLeaks();
    }

    @Test
    void tokensExactlyAtLimitPassAndOnePastAreRejected() {
        ProtocolLimits limits = LIMITS.withMaxTokens(4);
        Wire wire = new Wire(limits, DecoderMode.WHOLE_COMMANDS);

        wire.feed("a X y z\r\nb X y z w\r\n");

        assertThat(describe(wire.inbound())).containsExactly("a X y z", "error TOO_MANY_TOKENS");
        assertThat(wire.output()).isEqualTo("b BAD Too many arguments\r\n");
        wire.assertNoLeaks();
    }

    @Test
    void consecutiveBadCommandsEndWithBye() {
        ProtocolLimits limits = LIMITS.withMaxLineLength(8).withMaxConsecutiveBadCommands(3);
        Wire wire = new Wire(limits, DecoderMode.WHOLE_COMMANDS);

        wire.feed("a 123456789\r\nb 123456789\r\n");
        assertThat(wire.channel.isOpen()).isTrue();
        wire.feed("c 123456789\r\nd NOOP\r\n");
        wire.channel.runPendingTasks();

        assertThat(wire.output()).isEqualTo("a BAD [TOOBIG] Line too long\r\n"
                + "b BAD [TOOBIG] Line too long\r\n" + "c BAD [TOOBIG] Line too long\r\n"
                + "* BYE Too many invalid commands\r\n");
        assertThat(wire.channel.isOpen()).isFalse();
        assertThat(describe(wire.inbound())).doesNotContain("d NOOP");
        wire.assertNoLeaks();
    }

    @Test
    void applicationReportedBadCommandsCountAndGoodOnesReset() {
        ProtocolLimits limits = LIMITS.withMaxConsecutiveBadCommands(2);
        Wire wire = new Wire(limits, DecoderMode.WHOLE_COMMANDS);

        assertThat(wire.decoder.recordBadCommand()).isFalse();
        wire.decoder.recordGoodCommand();
        assertThat(wire.decoder.recordBadCommand()).isFalse();
        assertThat(wire.decoder.recordBadCommand()).isTrue();
        wire.channel.runPendingTasks();

        assertThat(wire.output()).isEqualTo("* BYE Too many invalid commands\r\n");
        assertThat(wire.channel.isOpen()).isFalse();
        wire.assertNoLeaks();
    }

    @Test
    void httpRequestGetsByeAndClose() {
        Wire wire = new Wire(LIMITS, DecoderMode.WHOLE_COMMANDS);

        wire.feed("GET / HTTP/1.1\r\nHost: example\r\n\r\n");
        wire.channel.runPendingTasks();

        assertThat(wire.output())
                .isEqualTo("* BYE This is an IMAP server, not an HTTP server\r\n");
        assertThat(wire.channel.isOpen()).isFalse();
        assertThat(describe(wire.inbound())).containsExactly("error NOT_IMAP");
        wire.assertNoLeaks();
    }

    @Test
    void tlsHandshakeGetsByeAndClose() {
        Wire wire = new Wire(LIMITS, DecoderMode.STREAMING);
        byte[] hello = {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00};

        wire.feed(hello, 0, hello.length);
        wire.channel.runPendingTasks();

        assertThat(wire.output())
                .isEqualTo("* BYE TLS handshake on a plain-text IMAP connection\r\n");
        assertThat(wire.channel.isOpen()).isFalse();
        wire.inbound();
        wire.assertNoLeaks();
    }

    @Test
    void handlerCanSwitchToRawLineModeSynchronously() {
        List<Object> seen = new ArrayList<>();
        ImapCommandDecoder[] decoder = new ImapCommandDecoder[1];
        ChannelInboundHandlerAdapter app = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                seen.add(msg);
                if (msg instanceof RawCommand) {
                    decoder[0].expectRawLine();
                }
            }
        };
        Wire wire = new Wire(LIMITS, DecoderMode.WHOLE_COMMANDS, app);
        decoder[0] = wire.decoder;

        wire.feed("a AUTHENTICATE PLAIN\r\nAGZyZWQAc2VjcmV0\r\nb NOOP\r\nDONE\r\n");

        assertThat(describe(seen)).containsExactly("a AUTHENTICATE PLAIN",
                "raw AGZyZWQAc2VjcmV0", "b NOOP", "raw DONE");
        assertThat(((RawLine) seen.get(3)).isDone()).isTrue();
        wire.assertNoLeaks();
    }

    @Test
    void handlerCanRaiseLiteralLimitAfterLogin() {
        ImapCommandDecoder[] decoder = new ImapCommandDecoder[1];
        ChannelInboundHandlerAdapter app = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                decoder[0].setMaxLiteralSize(ProtocolLimits.AUTHENTICATED_LITERAL_SIZE);
                ctx.fireChannelRead(msg);
            }
        };
        Wire wire = new Wire(LIMITS, DecoderMode.WHOLE_COMMANDS, app);
        decoder[0] = wire.decoder;
        String big = "m".repeat(LIMITS.maxLiteralSize() + 1);

        wire.feed("a LOGIN u p\r\nb APPEND INBOX {" + big.length() + "+}\r\n" + big + "\r\n");

        assertThat(describe(wire.inbound())).containsExactly("a LOGIN u p",
                "b APPEND INBOX {8193+}\r\n" + big);
        assertThat(wire.decoder.maxLiteralSize())
                .isEqualTo(ProtocolLimits.AUTHENTICATED_LITERAL_SIZE);
        wire.assertNoLeaks();
    }

    @Test
    void suspendHoldsCommandsUntilResume() {
        ImapCommandDecoder[] decoder = new ImapCommandDecoder[1];
        ChannelInboundHandlerAdapter app = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                decoder[0].suspend();
                ctx.fireChannelRead(msg);
            }
        };
        Wire wire = new Wire(LIMITS, DecoderMode.WHOLE_COMMANDS, app);
        decoder[0] = wire.decoder;

        wire.feed("a NOOP\r\nb NOOP\r\nc NOOP\r\n");
        assertThat(describe(wire.inbound())).containsExactly("a NOOP");
        assertThat(wire.channel.config().isAutoRead()).isFalse();
        wire.decoder.resume();
        wire.channel.runPendingTasks();
        assertThat(describe(wire.inbound())).containsExactly("b NOOP");
        wire.decoder.resume();
        wire.channel.runPendingTasks();

        assertThat(describe(wire.inbound())).containsExactly("c NOOP");
        wire.assertNoLeaks();
    }

    @Test
    void discardBufferedInputDropsPlaintextAfterStartTls() {
        int[] dropped = new int[1];
        ImapCommandDecoder[] decoder = new ImapCommandDecoder[1];
        ChannelInboundHandlerAdapter app = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof RawCommand raw && wireOf(raw).get(0).contains("STARTTLS")) {
                    dropped[0] = decoder[0].discardBufferedInput();
                }
                ctx.fireChannelRead(msg);
            }
        };
        Wire wire = new Wire(LIMITS, DecoderMode.WHOLE_COMMANDS, app);
        decoder[0] = wire.decoder;

        wire.feed("a STARTTLS\r\nb LOGIN injected command\r\n");
        wire.feed("c NOOP\r\n");

        assertThat(dropped[0]).isEqualTo(26);
        assertThat(describe(wire.inbound())).containsExactly("a STARTTLS", "c NOOP");
        wire.assertNoLeaks();
    }

    @Test
    void pipelinedCommandsAreHandedOutOneAtATime() {
        List<String> order = new ArrayList<>();
        ChannelInboundHandlerAdapter app = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                order.add(describe(List.of(msg)).get(0));
                ctx.channel().writeAndFlush(io.netty.buffer.Unpooled.copiedBuffer(
                        "done\r\n", StandardCharsets.US_ASCII));
            }
        };
        Wire wire = new Wire(LIMITS, DecoderMode.WHOLE_COMMANDS, app);

        wire.feed("a NOOP\r\nb LOGIN {1}\r\n");

        assertThat(order).containsExactly("a NOOP");
        assertThat(wire.output()).isEqualTo("done\r\n+ Ready\r\n");
        wire.assertNoLeaks();
    }

    private static int syncLiteralsBefore(String text, int split) {
        int count = 0;
        int from = 0;
        while (true) {
            int brace = text.indexOf("}\r\n", from);
            if (brace < 0 || brace + 3 > split) {
                return count;
            }
            if (text.charAt(brace - 1) != '+' && !text.substring(0, brace).endsWith("\"x {3")) {
                count++;
            }
            from = brace + 3;
        }
    }

    private static String firstCommand(String text) {
        String all = text;
        RawCommand first = null;
        for (int end = 1; end <= all.length() && first == null; end++) {
            try {
                first = RawCommand.fromWire(all.substring(0, end));
                if (!all.substring(0, end).endsWith("\n")) {
                    first = null;
                }
            } catch (IllegalArgumentException e) {
                first = null;
            }
        }
        return new String(first.toWireBytes(), StandardCharsets.ISO_8859_1);
    }

    private static List<String> wireOf(RawCommand command) {
        return List.of(new String(command.toWireBytes(), StandardCharsets.ISO_8859_1),
                String.valueOf(command.tag()), String.valueOf(command.literalCount()));
    }

    private static List<String> describe(List<Object> messages) {
        List<String> out = new ArrayList<>();
        for (Object msg : messages) {
            if (msg instanceof RawCommand raw) {
                String text = new String(raw.toWireBytes(), StandardCharsets.ISO_8859_1);
                out.add(text.substring(0, text.length() - 2));
            } else if (msg instanceof RawLine line) {
                out.add("raw " + line.text());
            } else if (msg instanceof FrameError error) {
                out.add("error " + error.kind());
            } else {
                out.add(String.valueOf(msg));
            }
        }
        return out;
    }
}
