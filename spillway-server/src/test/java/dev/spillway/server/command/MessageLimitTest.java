package dev.spillway.server.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillway.server.error.ImapException;
import org.junit.jupiter.api.Test;

/** The MESSAGELIMIT helper (RFC 9738 §3.1). */
class MessageLimitTest {
    private final MessageLimit three = new MessageLimit(3);

    @Test
    void namesTheCapability() {
        assertThat(MessageLimit.capability(MessageLimit.DEFAULT)).isEqualTo("MESSAGELIMIT=1000");
    }

    @Test
    void noLimitWhenNoneIsAnnounced() {
        assertThat(MessageLimit.NONE.exceeds(Integer.MAX_VALUE)).isFalse();
        assertThat(MessageLimit.NONE.highest(new int[] {1, 2, 3, 4})).containsExactly(1, 2, 3, 4);
    }

    @Test
    void keepsTheHighestMessagesOverTheLimit() {
        assertThat(three.exceeds(3)).isFalse();
        assertThat(three.exceeds(4)).isTrue();
        assertThat(three.highest(new int[] {2, 5, 7})).containsExactly(2, 5, 7);
        assertThat(three.highest(new int[] {1, 2, 5, 7, 9})).containsExactly(5, 7, 9);
        assertThat(three.code(42).toString()).isEqualTo("MESSAGELIMIT 3 42");
    }

    @Test
    void refusesAtomicCommandsOverTheLimit() throws ImapException {
        three.check(3);

        assertThatThrownBy(() -> three.check(4))
                .isInstanceOf(ImapException.class)
                .hasMessageContaining("3");
    }
}
