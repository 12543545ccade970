package dev.spillway.protocol.fuzz;

import dev.spillway.protocol.parse.SampleCommands;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Client input for the properties: valid commands, mutations of them, and plain noise. */
public final class WireInputs {

    /** The parser tests' valid commands, each with its CRLF. */
    public static final List<byte[]> CORPUS = SampleCommands.valid().stream()
            .map(row -> ((String) row.get()[0] + "\r\n").getBytes(StandardCharsets.UTF_8))
            .toList();

    /** Bytes the grammar gives a meaning to, so noise hits more than the atom path. */
    private static final byte[] SPECIAL = "(){}[]<>\"\\~+*%$:,.- \r\n0123456789"
            .getBytes(StandardCharsets.US_ASCII);

    private static final List<String> TOKENS = List.of("{5}\r\n", "{0}\r\n", "{3+}\r\nabc",
            "~{2}\r\n", "{", "}", "{99999999999999999999}\r\n", "{4294967296+}\r\n",
            "\"", "\\", "\\\"", "\r\n", "\n", "\r", " ", "NIL", "()", "*", "1:*", "$", ",",
            "BODY[", "]", "<0.5>", "\u0000", "\u0016\u0003", "GET / HTTP/1.1\r\n",
            "4294967295", "4294967296", "18446744073709551616", "-1", "caf\u00e9");

    private WireInputs() {
    }

    /** One valid command from {@link #CORPUS}. */
    public static Arbitrary<byte[]> valid() {
        return Arbitraries.of(CORPUS);
    }

    /** Several valid commands in one stream, as a pipelining client sends them. */
    public static Arbitrary<List<byte[]>> validPipeline() {
        return valid().list().ofMinSize(1).ofMaxSize(4);
    }

    /** A valid command with one to six edits, sometimes followed by a good command. */
    public static Arbitrary<byte[]> mutated() {
        Arbitrary<List<Mutation>> edits = mutation().list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<Boolean> trailer = Arbitraries.of(true, false);
        return Combinators.combine(valid(), edits, trailer).as((command, list, more) -> {
            byte[] out = command;
            for (Mutation m : list) {
                out = m.apply(out);
            }
            return more ? concat(out, "z NOOP\r\n".getBytes(StandardCharsets.US_ASCII)) : out;
        });
    }

    /** Bytes of any value, weighted towards the ones IMAP syntax cares about. */
    public static Arbitrary<byte[]> noise() {
        Arbitrary<Byte> weighted = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.bytes()),
                Tuple.of(4, Arbitraries.of(boxed(SPECIAL))),
                Tuple.of(3, Arbitraries.bytes().between((byte) 'A', (byte) 'z')));
        return weighted.array(byte[].class).ofMaxSize(600);
    }

    /** Mutated commands and noise, for the properties that hold for any input. */
    public static Arbitrary<byte[]> anything() {
        return Arbitraries.frequencyOf(Tuple.of(3, mutated()), Tuple.of(1, noise()));
    }

    /** Up to eight points at which to cut an input; taken modulo its length, then sorted. */
    public static Arbitrary<int[]> splits() {
        return Arbitraries.integers().between(0, 4096).array(int[].class).ofMaxSize(8);
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 4096);
        Arbitrary<Integer> small = Arbitraries.integers().between(1, 16);
        Arbitrary<String> digits = Arbitraries.oneOf(
                Arbitraries.of("0", "1", "4096", "4097", "8193", "4294967295", "4294967296",
                        "99999999999999999999", "000000000000000000000005"),
                Arbitraries.longs().between(0, 100_000).map(String::valueOf));
        return Arbitraries.oneOf(
                Combinators.combine(at, payload()).as(Mutation.Insert::new),
                Combinators.combine(at, small).as(Mutation.Delete::new),
                Combinators.combine(at, Arbitraries.bytes()).as(Mutation.Replace::new),
                Combinators.combine(at, small, Arbitraries.integers().between(2, 300))
                        .as(Mutation.Repeat::new),
                Combinators.combine(at, digits, Arbitraries.of(true, false))
                        .as(Mutation.Number::new));
    }

    /** What an insertion adds: a few weighted bytes, a token, or deep nesting. */
    private static Arbitrary<byte[]> payload() {
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 200);
        Arbitrary<String> nesting = Combinators.combine(
                Arbitraries.of("(", ")", "NOT ", "OR ALL ", "(\"", "[", "((SEEN) "), depth)
                .as(String::repeat);
        Arbitrary<byte[]> text = Arbitraries.oneOf(Arbitraries.of(TOKENS), nesting)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(text, noise().filter(b -> b.length > 0 && b.length < 8));
    }

    /** The input cut at {@code splits} (taken modulo its length), in order. */
    public static List<byte[]> cut(byte[] input, int[] splits) {
        int[] points = new int[splits.length];
        for (int i = 0; i < splits.length; i++) {
            points[i] = input.length == 0 ? 0 : splits[i] % (input.length + 1);
        }
        Arrays.sort(points);
        List<byte[]> pieces = new ArrayList<>();
        int from = 0;
        for (int point : points) {
            pieces.add(Arrays.copyOfRange(input, from, point));
            from = point;
        }
        pieces.add(Arrays.copyOfRange(input, from, input.length));
        return pieces;
    }

    /** The pieces joined. */
    public static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static Byte[] boxed(byte[] bytes) {
        Byte[] out = new Byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[i];
        }
        return out;
    }
}
