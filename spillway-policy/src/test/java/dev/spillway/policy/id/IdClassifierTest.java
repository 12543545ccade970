package dev.spillway.policy.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdClassifierTest {

    private static final String MAILD = "com.apple.email.maild";

    private static IdClassification apple(String name, String event) {
        return IdClassifier.classify(IdParameters.of(
                "name", name, "os", "iOS", "vendor", "Apple Inc", "event", event));
    }

    // TN3189 "Identify Background Traffic From Mail", first example exchange.
    @Test
    void tn3189MaildWithNilEventIsForeground() {
        IdClassification id = apple(MAILD, null);

        assertThat(id.isValid()).isTrue();
        assertThat(id.clientKind()).isEqualTo(ClientKind.APPLE_MAIL);
        assertThat(id.activity()).isEqualTo(Activity.FOREGROUND);
        assertThat(id.isBackground()).isFalse();
        assertThat(id.background()).isEmpty();
        assertThat(id.events()).isEmpty();
        assertThat(id.clientName()).isEqualTo(MAILD);
    }

    // TN3189, second example exchange.
    @Test
    void tn3189SearchIndexerIsBackgroundIndexing() {
        IdClassification id = apple("com.apple.email.search-indexer", "indexer");

        assertThat(id.clientKind()).isEqualTo(ClientKind.APPLE_MAIL);
        assertThat(id.activity()).isEqualTo(Activity.BACKGROUND);
        assertThat(id.background()).containsExactly(BackgroundWork.INDEXING);
        assertThat(id.isIndexingOnly()).isTrue();
        assertThat(id.events()).containsExactly("indexer");
    }

    // TN3189 "Tell Mail to Back Off" example.
    @Test
    void tn3189BackFillPeriodicIsBackgroundBackFill() {
        IdClassification id = apple(MAILD, "back-fill,periodic");

        assertThat(id.background()).containsExactly(BackgroundWork.BACK_FILL);
        assertThat(id.events()).containsExactly("back-fill", "periodic");
    }

    // TN3189 lists, read with the erratum: the first three are NOT background.
    @ParameterizedTest
    @CsvSource(nullValues = "NIL", value = {
        "periodic,           ''",
        "'periodic,push',    ''",
        "NIL,                ''",
        "back-fill,          BACK_FILL",
        "'periodic,back-fill', BACK_FILL",
        "'back-fill,periodic', BACK_FILL",
        "indexer,            INDEXING",
    })
    void tn3189EventExamples(String event, String expected) {
        assertThat(apple(MAILD, event).background()).isEqualTo(works(expected));
    }

    @ParameterizedTest
    @CsvSource(value = {
        "INDEXER,                     INDEXING",
        "Back-Fill,                   BACK_FILL",
        "' back-fill ',               BACK_FILL",
        "'\tindexer\t',               INDEXING",
        "',,indexer,,',               INDEXING",
        "'indexer,back-fill',         INDEXING BACK_FILL",
        "'push, back-fill , indexer', INDEXING BACK_FILL",
        "'indexer,indexer',           INDEXING",
        "back-fills,                  ''",
        "reindexer,                   ''",
        "indexers,                    ''",
        "backfill,                    ''",
        "'back fill',                 ''",
        "back_fill,                   ''",
        "'indexer;back-fill',         ''",
        "'\u0130ndexer',              ''",
        "'bac\u212A-fill',            ''",
        "'',                          ''",
        "',, ,',                      ''",
        "push,                        ''",
    })
    void eventIdentifierTable(String event, String expected) {
        assertThat(apple(MAILD, event).background()).isEqualTo(works(expected));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NIL", value = {
        "com.apple.email.maild,          APPLE_MAIL",
        "com.apple.email.search-indexer, APPLE_MAIL",
        "com.apple.,                     APPLE_MAIL",
        "com.apple,                      OTHER",
        "com.applesauce.mail,            OTHER",
        "COM.APPLE.email.maild,          OTHER",
        "Com.Apple.email.maild,          OTHER",
        "' com.apple.email.maild',       OTHER",
        "org.com.apple.mail,             OTHER",
        "Thunderbird,                    OTHER",
        "'',                             OTHER",
        "NIL,                            OTHER",
    })
    void appleNamePrefixIsExactAndCaseSensitive(String name, ClientKind expected) {
        IdClassification id = apple(name, "back-fill");

        assertThat(id.clientKind()).isEqualTo(expected);
        assertThat(id.isBackground()).isEqualTo(expected == ClientKind.APPLE_MAIL);
    }

    @Test
    void eventIsIgnoredForOtherClients() {
        IdClassification id = apple("Thunderbird", "back-fill,indexer");

        assertThat(id.clientKind()).isEqualTo(ClientKind.OTHER);
        assertThat(id.activity()).isEqualTo(Activity.FOREGROUND);
        assertThat(id.events()).isEmpty();
        assertThat(id.clientName()).isEqualTo("Thunderbird");
    }

    @Test
    void clientWithoutNameIsOther() {
        IdClassification id = IdClassifier.classify(IdParameters.of("event", "back-fill"));

        assertThat(id.clientKind()).isEqualTo(ClientKind.OTHER);
        assertThat(id.isBackground()).isFalse();
        assertThat(id.clientName()).isEmpty();
    }

    @Test
    void fieldNamesMatchWithoutRegardToCase() {
        IdClassification id = IdClassifier.classify(
                IdParameters.of("NAME", MAILD, "Event", "back-fill"));

        assertThat(id.background()).containsExactly(BackgroundWork.BACK_FILL);
    }

    @Test
    void nonAsciiLookAlikeFieldNameIsNotEvent() {
        IdClassification id = IdClassifier.classify(
                IdParameters.of("name", MAILD, "\u0435vent", "back-fill"));

        assertThat(id.isBackground()).isFalse();
    }

    @Test
    void idNilIsClientKindNone() {
        IdClassification id = IdClassifier.classify(IdParameters.nil());

        assertThat(id.isValid()).isTrue();
        assertThat(id.clientKind()).isEqualTo(ClientKind.NONE);
        assertThat(id.isBackground()).isFalse();
    }

    @Test
    void emptyListIsOtherClient() {
        IdClassification id = IdClassifier.classify(IdParameters.of(List.of()));

        assertThat(id.isValid()).isTrue();
        assertThat(id.clientKind()).isEqualTo(ClientKind.OTHER);
    }

    @Test
    void clientNameIsSanitizedAndCut() {
        String name = "com.apple.\r\n* BYE\u001b[31m" + "x".repeat(100);
        IdClassification id = apple(name, "indexer");

        assertThat(id.clientKind()).isEqualTo(ClientKind.APPLE_MAIL);
        assertThat(id.clientName())
                .startsWith("com.apple.??* BYE?[31m")
                .hasSize(IdClassifier.MAX_NAME_CHARS)
                .endsWith("...");
    }

    @Test
    void eventIdentifiersKeptForLogsAreBounded() {
        String event = "indexer," + "e\n,".repeat(40) + "y".repeat(100);
        IdClassification id = apple(MAILD, event);

        assertThat(id.background()).containsExactly(BackgroundWork.INDEXING);
        assertThat(id.events()).hasSize(IdClassifier.MAX_EVENTS_KEPT);
        assertThat(id.events()).allMatch(e -> e.length() <= IdClassifier.MAX_EVENT_CHARS
                && e.chars().allMatch(c -> c >= 0x20 && c <= 0x7e));
    }

    @Test
    void thirtyPairsAreAcceptedThirtyOneRejected() {
        assertThat(IdClassifier.classify(pairs(30)).isValid()).isTrue();

        IdClassification id = IdClassifier.classify(pairs(31));

        assertThat(id.violation().rule()).isEqualTo(IdViolation.Rule.TOO_MANY_FIELDS);
        assertThat(id.violation().text()).contains("31").contains("30");
        assertThat(id.isBackground()).isFalse();
    }

    // RFC 2971 §3.3 counts octets, so a 16-character name of two-octet letters is too long.
    @ParameterizedTest
    @CsvSource({
        "30, 1, true",
        "31, 1, false",
        "15, 2, true",
        "16, 2, false",
        "7,  4, true",
        "8,  4, false",
    })
    void fieldNameLimitCountsUtf8Octets(int count, int octetsEach, boolean valid) {
        String letter = switch (octetsEach) {
            case 1 -> "a";
            case 2 -> "\u00e9";
            default -> "\ud83d\udce7";
        };
        String field = letter.repeat(count);
        IdClassification id = IdClassifier.classify(IdParameters.of("name", MAILD, field, "v"));

        assertThat(id.isValid()).isEqualTo(valid);
        if (!valid) {
            assertThat(id.violation().rule()).isEqualTo(IdViolation.Rule.FIELD_NAME_TOO_LONG);
            assertThat(id.violation().text()).contains(count * octetsEach + " octets");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1024, a,      true",
        "1025, a,      false",
        "512,  \u00e9, true",
        "513,  \u00e9, false",
    })
    void valueLimitCountsUtf8Octets(int count, String letter, boolean valid) {
        IdClassification id = IdClassifier.classify(
                IdParameters.of("name", MAILD, "os", letter.repeat(count)));

        assertThat(id.isValid()).isEqualTo(valid);
        if (!valid) {
            assertThat(id.violation().rule()).isEqualTo(IdViolation.Rule.VALUE_TOO_LONG);
            assertThat(id.violation().text()).contains("\"os\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "NAME", "Name"})
    void duplicateFieldIsRejectedWithoutRegardToCase(String second) {
        IdClassification id = IdClassifier.classify(
                IdParameters.of("name", MAILD, "event", "back-fill", second, "other"));

        assertThat(id.isValid()).isFalse();
        assertThat(id.violation().rule()).isEqualTo(IdViolation.Rule.DUPLICATE_FIELD);
        assertThat(id.violation().text()).contains("\"" + second + "\"");
        assertThat(id.isBackground()).isFalse();
        assertThat(id.clientName()).isEqualTo(MAILD);
    }

    @Test
    void duplicateEventWithNilIsStillDuplicate() {
        IdClassification id = IdClassifier.classify(
                IdParameters.of("name", MAILD, "event", null, "EVENT", "indexer"));

        assertThat(id.violation().rule()).isEqualTo(IdViolation.Rule.DUPLICATE_FIELD);
    }

    @Test
    void violationTextIsPrintableAscii() {
        IdClassification id = IdClassifier.classify(
                IdParameters.of("a\r\n\"b", "1", "A\r\n\"B", "2"));

        assertThat(id.violation().text()).doesNotContain("\r", "\n")
                .contains("\"A??'B\"");
    }

    private static IdParameters pairs(int count) {
        List<IdField> fields = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            fields.add(new IdField("f" + i, "v"));
        }
        return IdParameters.of(fields);
    }

    private static Set<BackgroundWork> works(String names) {
        if (names == null || names.isBlank()) {
            return Set.of();
        }
        Set<BackgroundWork> works = new java.util.HashSet<>();
        for (String name : names.trim().split(" +")) {
            works.add(BackgroundWork.valueOf(name));
        }
        return works;
    }
}
