package dev.watchparty.spoiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.pack.SpoilerLevel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpoilerLevelTest {

    @Test
    @DisplayName("GIVEN levels of every kind WHEN sorted THEN meta < premise < S1E1 < S1E10 < S2E1")
    void ordersAcrossSeasons() {
        List<SpoilerLevel> sorted = List.of("S2E1", "S1E10", "premise", "S1E2", "meta", "S1E1").stream()
                .map(SpoilerLevel::parse)
                .sorted()
                .toList();
        assertEquals("[meta, premise, S1E1, S1E2, S1E10, S2E1]", sorted.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"s1e4", "S1E4", " S1 E4 ", "s01e04"})
    @DisplayName("GIVEN an episode code typed loosely WHEN parsed THEN it is S1E4")
    void parsesLooseCodes(String typed) {
        assertEquals(Optional.of(SpoilerLevel.episode(1, 4)), SpoilerLevel.tryParse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "S0E1", "S1E0", "episode 4", "S1E", "4"})
    @DisplayName("GIVEN text that is no level WHEN parsed THEN nothing is returned")
    void rejectsNonLevels(String typed) {
        assertTrue(SpoilerLevel.tryParse(typed).isEmpty());
    }

    @Test
    @DisplayName("GIVEN a viewer who watched nothing WHEN asked THEN their progress sits at the premise level")
    void nothingWatchedIsPremise() {
        assertEquals(SpoilerLevel.PREMISE, Progress.NOTHING.watchedThrough());
        assertEquals("nothing watched yet", Progress.NOTHING.describe(Locale.ENGLISH));
        assertEquals("S1E3", Progress.through(SpoilerLevel.episode(1, 3)).describe(Locale.ENGLISH));
    }
}
