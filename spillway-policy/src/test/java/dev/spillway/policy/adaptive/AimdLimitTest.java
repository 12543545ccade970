package dev.spillway.policy.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AimdLimitTest {

    // Ceiling 100, floor 4, factor 0.5, cooldown 2. Steps: O = overloaded, H = healthy; every
    // step has 100 sessions in use unless the step says O<n> / H<n>.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "H H                 | 100 100",
        "O                   | 50",
        "O O O O             | 50 50 50 25",
        "O O O O O O O O O O | 50 50 50 25 25 25 12 12 12 6",
        "O H H H             | 50 51 52 53",
        "O H O               | 50 51 25",
        "O20                 | 10",
        "O5                  | 4",
        "O0                  | 4",
    })
    void shrinksFastGrowsSlowlyAndKeepsItsFloor(String steps, String expected) {
        AimdLimit limit = new AimdLimit(100, 4, 0.5, 2);
        List<String> limits = new ArrayList<>();

        for (String step : steps.trim().split("\\s+")) {
            int inUse = step.length() > 1 ? Integer.parseInt(step.substring(1)) : 100;
            limit.update(step.charAt(0) == 'O', inUse);
            limits.add(Integer.toString(limit.getAsInt()));
        }

        assertThat(String.join(" ", limits)).isEqualTo(expected.trim());
    }

    @Test
    void growsBackToTheCeilingAndNoFurther() {
        AimdLimit limit = new AimdLimit(10, 2, 0.5, 0);
        limit.update(true, 10);
        for (int i = 0; i < 20; i++) {
            limit.update(false, 0);
        }

        assertThat(limit.getAsInt()).isEqualTo(10);
    }

    @Test
    void newCeilingClipsTheLimitAndFloorNeverExceedsIt() {
        AimdLimit limit = new AimdLimit(100, 4, 0.5, 0);
        limit.ceiling(30);
        assertThat(limit.getAsInt()).isEqualTo(30);

        limit.ceiling(2);
        limit.update(true, 2);
        assertThat(limit.getAsInt()).isEqualTo(2);

        limit.ceiling(0);
        assertThat(limit.getAsInt()).isZero();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new AimdLimit(10, 1, 1.0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AimdLimit(-1, 1, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
