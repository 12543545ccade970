package dev.spillway.server.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LIST pattern matching (RFC 3501 §6.3.8) as a table of pattern, name and outcome. */
class ListPatternTest {
    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ''        | *          | INBOX              | true
            ''        | *          | Work/Notes         | true
            ''        | %          | INBOX              | true
            ''        | %          | Work/Notes         | false
            ''        | Work/%     | Work/Notes         | true
            ''        | Work/%     | Work/Notes/Old     | false
            ''        | Work/*     | Work/Notes/Old     | true
            ''        | Work/*     | Work               | false
            ''        | Work*      | Work               | true
            ''        | Work%      | Work               | true
            ''        | Work%      | Workshop           | true
            ''        | Work%      | Work/Notes         | false
            ''        | %/%        | Work/Notes         | true
            ''        | %/%        | Work/Notes/Old     | false
            ''        | *s         | Drafts             | true
            ''        | *s         | Work/Notes         | true
            ''        | %s         | Work/Notes         | false
            ''        | W%k        | Work               | true
            ''        | W%k        | Wo/rk              | false
            ''        | W*k        | Wo/rk              | true
            ''        | a*b*c      | aXbYc              | true
            ''        | a*b*c      | aXcYb              | false
            ''        | %%         | abc                | true
            ''        | **         | a/b                | true
            ''        | work       | Work               | false
            ''        | inbox      | INBOX              | true
            ''        | InBox/%    | INBOX/Sub          | true
            ''        | in*        | INBOX/Sub          | true
            ''        | in%        | INBOX              | true
            ''        | inbox*     | INBOXES            | false
            ''        | inboxes    | INBOXES            | false
            ''        | INBOXES    | INBOXES            | true
            ''        | inbox/sub  | INBOX/Sub          | false
            ''        | inbox/sub  | INBOX/sub          | true
            ''        | inbox/SUB  | INBOX/sub          | false
            Work/     | %          | Work/Notes         | true
            Work/     | %          | Work               | false
            Work/     | /Notes     | Work/Notes         | true
            Work      | /Notes     | Work/Notes         | true
            Work      | *          | Work               | true
            Work      | *          | Workshop           | true
            ''        | Entwürfe   | Entwürfe           | true
            ''        | Entw?rfe   | Entwürfe           | false
            ''        | x          | ''                 | false
            """)
    void matches(String reference, String pattern, String name, boolean expected) {
        assertThat(ListPattern.of(reference, pattern).matches(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ''     | %      | %
            Work/  | %      | Work/%
            Work   | /%     | Work/%
            Work/  | /%     | Work/%
            Work   | %      | Work%
            """)
    void joinsReferenceAndPattern(String reference, String pattern, String joined) {
        assertThat(ListPattern.of(reference, pattern).text()).isEqualTo(joined);
    }

    @Test
    void longNamesDoNotBacktrack() {
        String name = "a".repeat(1000);
        assertThat(ListPattern.of("", "*a*a*a*a*a*a*a*a*b").matches(name)).isFalse();
        assertThat(ListPattern.of("", "%a%a%a%a%a%a%a%a%").matches(name)).isTrue();
    }
}
