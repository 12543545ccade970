package dev.spillway.sim.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaggedResultTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "OK Completed;                      OK;  '';          Completed;   false",
        "NO [UNAVAILABLE] Sync postponed;   NO;  UNAVAILABLE; Sync postponed; true",
        "no [unavailable] later;                       NO;  UNAVAILABLE; later;       true",
        "NO [OVERQUOTA] full;                          NO;  OVERQUOTA;   full;        false",
        "OK [READ-WRITE] SELECT done;                  OK;  READ-WRITE;  SELECT done; false",
        "BAD [PARSE] what;                             BAD; PARSE;       what;        false",
        "BYE nonsense;                                 BAD; '';          BYE nonsense; false",
    })
    void parsesStatusCodeAndText(String tagged, String status, String code, String text,
            boolean unavailable) {
        TaggedResult result = TaggedResult.of(tagged, List.of(), 0, 0);

        assertThat(result.status()).isEqualTo(status);
        assertThat(result.code()).isEqualTo(code);
        assertThat(result.text()).isEqualTo(text);
        assertThat(result.unavailable()).isEqualTo(unavailable);
    }

    @Test
    void readsSelectAndFetchAnswers() {
        List<ResponseLine> untagged = List.of(
                new ResponseLine("*", "12 EXISTS", 0),
                new ResponseLine("*", "OK [UIDVALIDITY 7] ok", 0),
                new ResponseLine("*", "OK [UIDNEXT 31] predicted", 0),
                new ResponseLine("*", "1 FETCH (UID 4 BODY[] {900})", 900),
                new ResponseLine("*", "2 FETCH (UID 5 BODY[] {100})", 100),
                new ResponseLine("*", "SEARCH 4 5", 0));

        TaggedResult result = TaggedResult.of("OK done", untagged, 1000, 5);

        assertThat(result.numbered("EXISTS")).isEqualTo(12);
        assertThat(result.numbered("RECENT")).isEqualTo(-1);
        assertThat(result.codeNumber("UIDNEXT")).isEqualTo(31);
        assertThat(result.codeNumber("HIGHESTMODSEQ")).isEqualTo(-1);
        assertThat(result.fetchCount()).isEqualTo(2);
        assertThat(result.untaggedStarting("search")).containsExactly("SEARCH 4 5");
    }
}
