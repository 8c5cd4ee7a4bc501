package dev.watchparty.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestPacks;
import dev.watchparty.command.Choice;
import dev.watchparty.command.Suggestions;
import dev.watchparty.spoiler.Progress;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lookups and autocomplete on the shipped pack: the examples the foundation issue names. */
class CatalogTest {

    private static Catalog catalog;

    @BeforeAll
    static void loadShippedPack() {
        catalog = new Catalog(TestPacks.shipped());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "nev, neveah-stroyer",
        "bete, bette-whitlaw",
        "Neveah, neveah-stroyer",
        "naveah, neveah-stroyer",
        "madame, monique-dubois",
        "cruz, isabel-cruz",
        "juen, june-park"
    })
    @DisplayName("GIVEN part of a name, or a typo WHEN searched THEN the character comes first")
    void findsCharacters(String typed, String expectedId) {
        assertEquals(expectedId, catalog.searchCharacters(typed).get(0).id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"S1E3", "s1e3", "3", "class act", "Class", "E3"})
    @DisplayName("GIVEN an episode's code, number or title WHEN searched THEN episode 3 comes first")
    void findsEpisodeThree(String typed) {
        assertEquals(
                SpoilerLevel.episode(1, 3), catalog.searchEpisodes(typed).get(0).code());
    }

    @Test
    @DisplayName("GIVEN an empty or one-letter query WHEN searched THEN at most 25 choices come back")
    void atMostTwentyFive() {
        assertTrue(catalog.searchCharacters("").size() <= 25);
        assertTrue(catalog.searchCharacters("e").size() <= 25);
        assertEquals(10, catalog.searchEpisodes("").size());
    }

    @Test
    @DisplayName("GIVEN a name, alias or id in any case WHEN looked up exactly THEN it finds that character")
    void exactLookups() {
        assertEquals(
                "bette-whitlaw",
                catalog.characterNamed("bette-whitlaw").orElseThrow().id());
        assertEquals(
                "bette-whitlaw",
                catalog.characterNamed("BETTE WHITLAW").orElseThrow().id());
        assertTrue(catalog.characterNamed("nobody at all").isEmpty());
    }

    @Test
    @DisplayName("GIVEN a viewer at S1E2 WHEN episodes are suggested THEN later titles are not shown, only codes")
    void suggestionsHideLaterTitles() {
        List<Choice> choices = Suggestions.episodes(catalog, "", Progress.through(SpoilerLevel.episode(1, 2)));
        assertEquals(
                "S1E2 · "
                        + catalog.episode(SpoilerLevel.episode(1, 2))
                                .orElseThrow()
                                .verifiedTitle()
                                .orElseThrow(),
                choices.get(1).name());
        IntStream.range(2, choices.size())
                .forEach(i -> assertEquals("S1E" + (i + 1), choices.get(i).name()));
    }

    @Test
    @DisplayName(
            "GIVEN a viewer who watched nothing WHEN characters are suggested THEN only characters known from the premise are offered")
    void suggestionsHideLaterCharacters() {
        List<Choice> choices = Suggestions.characters(catalog, "", Progress.NOTHING);
        assertTrue(choices.stream().anyMatch(choice -> choice.value().equals("neveah-stroyer")));
        for (Choice choice : choices) {
            Character character = catalog.character(choice.value()).orElseThrow();
            assertTrue(!character.introducedAt().isEpisode(), character.id() + " is met only in an episode");
        }
    }
}
