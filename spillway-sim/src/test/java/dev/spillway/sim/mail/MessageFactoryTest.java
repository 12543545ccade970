package dev.spillway.sim.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.junit.jupiter.api.Test;

class MessageFactoryTest {

    private static final int MESSAGES = 600;

    @Test
    void kindsFollowTheMixAndSizesTheirRanges() {
        MessageFactory factory = new MessageFactory(7, MailMix.defaults());
        Map<MessageKind, Integer> counts = new EnumMap<>(MessageKind.class);
        long total = 0;
        for (int i = 0; i < MESSAGES; i++) {
            GeneratedMessage message = factory.next("sim001@localhost");
            int size = message.bytes().length;
            counts.merge(message.kind(), 1, Integer::sum);
            total += size;
            switch (message.kind()) {
                case PLAIN -> assertThat(size).isBetween(2_000, 22_000);
                case ALTERNATIVE -> assertThat(size).isBetween(5_000, 55_000);
                case ATTACHMENT -> assertThat(size).isBetween(68_000, 700_000);
                default -> assertThat(size).isBetween(22_000, 92_000);
            }
        }

        assertThat(share(counts, MessageKind.PLAIN)).isBetween(0.29, 0.41);
        assertThat(share(counts, MessageKind.ALTERNATIVE)).isBetween(0.29, 0.41);
        assertThat(share(counts, MessageKind.ATTACHMENT)).isBetween(0.15, 0.25);
        assertThat(share(counts, MessageKind.NEWSLETTER)).isBetween(0.06, 0.14);
        assertThat(total / MESSAGES).as("mean size").isBetween(50_000L, 110_000L);
    }

    @Test
    void everyKindIsWellFormedMime() throws IOException {
        MessageFactory factory = new MessageFactory(11, MailMix.defaults());
        Map<MessageKind, String> seen = new EnumMap<>(MessageKind.class);
        for (int i = 0; i < 200 && seen.size() < MessageKind.values().length; i++) {
            GeneratedMessage generated = factory.next("sim002@localhost");
            String text = new String(generated.bytes(), StandardCharsets.UTF_8);
            assertThat(text.replace("\r\n", "")).doesNotContain("\n");
            for (String line : text.split("\r\n")) {
                assertThat(line.length()).isLessThan(998);
            }
            Message message = new DefaultMessageBuilder()
                    .parseMessage(new ByteArrayInputStream(generated.bytes()));
            seen.put(generated.kind(), structure(message));
        }

        assertThat(seen).containsEntry(MessageKind.PLAIN, "text/plain")
                .containsEntry(MessageKind.ALTERNATIVE, "multipart/alternative[text/plain,"
                        + "text/html]")
                .containsEntry(MessageKind.NEWSLETTER, "multipart/alternative[text/plain,"
                        + "text/html]");
        assertThat(seen.get(MessageKind.ATTACHMENT))
                .matches("multipart/mixed\\[text/plain,(application|image)/[a-z.-]+]");
    }

    @Test
    void theSameSeedGivesTheSameMail() {
        MessageFactory one = new MessageFactory(42, MailMix.defaults());
        MessageFactory two = new MessageFactory(42, MailMix.defaults());

        for (int i = 0; i < 20; i++) {
            assertThat(one.next("a@localhost").bytes()).isEqualTo(two.next("a@localhost").bytes());
        }
    }

    @Test
    void mixSharesMustSumToOne() {
        assertThatThrownBy(() -> new MailMix(0.5, 0.5, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MailMix(0, 0, 0, 1).pick(0.0)).isEqualTo(MessageKind.NEWSLETTER);
        assertThat(MailMix.defaults().pick(0.999)).isEqualTo(MessageKind.NEWSLETTER);
        assertThat(MailMix.defaults().pick(0.0)).isEqualTo(MessageKind.PLAIN);
    }

    private static String structure(Message message) {
        if (!(message.getBody() instanceof Multipart multipart)) {
            return message.getMimeType();
        }
        StringBuilder parts = new StringBuilder(message.getMimeType()).append('[');
        multipart.getBodyParts().forEach(p -> parts.append(p.getMimeType()).append(','));
        parts.setLength(parts.length() - 1);
        return parts.append(']').toString();
    }

    private static double share(Map<MessageKind, Integer> counts, MessageKind kind) {
        return counts.getOrDefault(kind, 0) / (double) MESSAGES;
    }
}
