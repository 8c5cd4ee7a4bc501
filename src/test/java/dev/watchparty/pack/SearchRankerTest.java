package dev.watchparty.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The order of the kinds of match, on names made up so that each kind is present once. */
class SearchRankerTest {

    /** Each item is its own one name; pack order is the list's order, which only breaks ties. */
    private static SearchRanker<String> ranker(String... names) {
        return new SearchRanker<>(List.of(names), List::of);
    }

    @Test
    @DisplayName(
            "GIVEN an exact name, a longer name, a word, a substring and a typo WHEN ranked THEN they come in that order")
    void kindsOfMatchInOrder() {
        SearchRanker<String> ranker =
                ranker("Pearl Diver", "Rosalind Pear", "Pearson", "Spearmint", "Pera", "Pear", "Unrelated");

        assertEquals(
                List.of("Pear", "Pearson", "Pearl Diver", "Rosalind Pear", "Spearmint", "Pera"),
                ranker.rank("pear", 25));
    }

    @Test
    @DisplayName("GIVEN two names that start alike WHEN ranked THEN the closer in length comes first, then pack order")
    void prefixesByLengthThenOrder() {
        SearchRanker<String> ranker = ranker("Bettelyn", "Bette Lou", "Bettes", "Bettez");

        assertEquals(List.of("Bettes", "Bettez", "Bettelyn", "Bette Lou"), ranker.rank("bette", 25));
    }

    @Test
    @DisplayName("GIVEN text that runs across two words WHEN ranked THEN the name that holds it is found")
    void substringAcrossWords() {
        SearchRanker<String> ranker = ranker("June Park", "Shane Mitchell");

        assertEquals(List.of("June Park"), ranker.rank("ne pa", 25));
    }

    @Test
    @DisplayName("GIVEN a whole name with one slip WHEN ranked THEN it is found, and the limit is kept")
    void wholeNameWithSlipAndLimit() {
        SearchRanker<String> ranker = ranker("Bette Whitlaw", "Oren Lennox", "Bette Noir");

        assertEquals(List.of("Bette Whitlaw"), ranker.rank("bette whitlow", 1));
        assertEquals(2, ranker.rank("bette", 2).size());
    }
}
