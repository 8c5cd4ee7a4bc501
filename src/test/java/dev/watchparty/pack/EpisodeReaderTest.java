package dev.watchparty.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.watchparty.TestPacks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one episode reader: exactly the forms of the spoiler model, and a refusal for everything else. */
class EpisodeReaderTest {

    private static final Catalog CATALOG = new Catalog(TestPacks.shipped());
    private static final Pattern CODE = Pattern.compile("s(\\d{1,3}) ?e(\\d{1,3})");
    private static final Pattern CROSS = Pattern.compile("(\\d{1,3})x(\\d{1,3})");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** Pieces that users, typos and attackers put together. */
    private static final List<String> PIECES = List.of(
            "S",
            "s",
            "E",
            "e",
            "1",
            "0",
            "3",
            "9",
            "10",
            "11",
            "99",
            "x",
            "X",
            " ",
            "-",
            "+",
            "０",
            "١",
            "🎬",
            "\u200b",
            "\u202e",
            "\n",
            "\t",
            "'",
            "’",
            "Class",
            "act",
            "Corps",
            "Push",
            "none",
            "premise",
            "nothing",
            "é",
            "İ",
            "%",
            "\\",
            "|",
            "*",
            "||",
            "@everyone",
            "&",
            "Catch",
            "It's",
            ":");

    @ParameterizedTest
    @CsvSource({
        "S1E3, S1E3",
        "s1e3, S1E3",
        "S1 E3, S1E3",
        "3, S1E3",
        "03, S1E3",
        "1x03, S1E3",
        "1x3, S1E3",
        "class act, S1E3",
        "Class Act, S1E3",
        "CLASS, S1E3",
        "corps, S1E1",
        "10, S1E10",
        "push comes, S1E10",
        "catch & release, S1E7",
        "its not the waking, S1E9",
        "  S1E4  , S1E4"
    })
    @DisplayName("GIVEN a form the spoiler model lists WHEN read THEN it is that episode")
    void readsEveryListedForm(String typed, String expected) {
        EpisodeReading reading = CATALOG.readEpisode(typed);
        EpisodeReading.Found found = assertInstanceOf(EpisodeReading.Found.class, reading, typed);
        assertEquals(SpoilerLevel.parse(expected), found.episode().code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "Nothing", "PREMISE"})
    @DisplayName("GIVEN none, nothing or premise WHEN read THEN it means nothing watched")
    void readsNothingWatched(String typed) {
        assertInstanceOf(EpisodeReading.NothingWatched.class, CATALOG.readEpisode(typed));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "-1",
                "11",
                "S1E99",
                "S2E1",
                "S0E3",
                "S1E",
                "e",
                "E3",
                "🎬",
                "",
                " ",
                "c",
                "cl",
                "S1E3 please",
                "episode 3",
                "x3",
                "1x",
                "3.5",
                "+3",
                "٣",
                "０３",
                "meta",
                "the"
            })
    @DisplayName("GIVEN anything else WHEN read THEN it is refused, never another episode")
    void refusesEverythingElse(String typed) {
        assertInstanceOf(EpisodeReading.NotUnderstood.class, CATALOG.readEpisode(typed), typed);
    }

    @Test
    @DisplayName("GIVEN a code or number past the show WHEN read THEN the refusal says it is not in the show")
    void outOfRangeIsNamed() {
        for (String typed : List.of("0", "11", "S1E99", "S2E1", "S0E3", "1x11")) {
            EpisodeReading.NotUnderstood refused =
                    assertInstanceOf(EpisodeReading.NotUnderstood.class, CATALOG.readEpisode(typed));
            assertEquals(EpisodeReading.Problem.NOT_IN_SHOW, refused.problem(), typed);
            assertEquals(typed, refused.typed());
        }
    }

    @Test
    @DisplayName(
            "GIVEN 20,000 random and hostile strings WHEN read THEN each is refused or is exactly the episode it denotes")
    void randomStringsAreReadExactlyOrRefused() {
        Random random = new Random(20261201);
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < 15_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(6);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            typed.add(text.toString());
        }
        for (Episode episode : CATALOG.episodes()) {
            String code = episode.code().toString();
            for (int i = 0; i < 500; i++) {
                typed.add(mutate(
                        random.nextBoolean() ? code : episode.verifiedTitle().orElse(code), random));
            }
        }
        int found = 0;
        for (String text : typed) {
            EpisodeReading reading = CATALOG.readEpisode(text);
            if (reading instanceof EpisodeReading.Found hit) {
                found++;
                assertTrue(
                        denotes(text, hit.episode()),
                        () -> "“" + text + "” was read as " + hit.episode().code());
            } else if (reading instanceof EpisodeReading.NothingWatched) {
                assertTrue(
                        List.of("none", "nothing", "premise")
                                .contains(text.strip().toLowerCase(Locale.ROOT)),
                        text);
            } else if (denotesSomeEpisode(text)) {
                fail("“" + text + "” names an episode but was refused");
            }
        }
        assertTrue(found > 1_000, "the generator reaches valid forms too: " + found);
    }

    /** One random edit: a character dropped, doubled, swapped for a piece, or the case changed. */
    private static String mutate(String text, Random random) {
        int at = random.nextInt(text.length());
        return switch (random.nextInt(5)) {
            case 0 -> text.substring(0, at) + text.substring(at + 1);
            case 1 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
            case 2 -> text.substring(0, at) + PIECES.get(random.nextInt(PIECES.size())) + text.substring(at + 1);
            case 3 -> text.toLowerCase(Locale.ROOT);
            default -> text;
        };
    }

    private static boolean denotesSomeEpisode(String text) {
        return CATALOG.episodes().stream().anyMatch(episode -> denotes(text, episode));
    }

    /** The spoiler model's forms, stated again independently of the reader: what a string means, if anything. */
    private static boolean denotes(String typed, Episode episode) {
        String text = typed.strip().toLowerCase(Locale.ROOT);
        int number = episode.code().episode();
        for (Pattern form : List.of(CODE, CROSS)) {
            Matcher matcher = form.matcher(text);
            if (matcher.matches()) {
                return Long.parseLong(matcher.group(1)) == 1 && Long.parseLong(matcher.group(2)) == number;
            }
        }
        if (NUMBER.matcher(text).matches()) {
            return text.length() <= 3 && Long.parseLong(text) == number;
        }
        String key = lettersAndDigits(text);
        if (episode.verifiedTitle().isEmpty() || key.isEmpty()) {
            return false;
        }
        String title = lettersAndDigits(episode.verifiedTitle().get());
        if (key.equals(title)) {
            return true;
        }
        long titlesStartingSo = CATALOG.episodes().stream()
                .flatMap(other -> other.verifiedTitle().stream())
                .map(EpisodeReaderTest::lettersAndDigits)
                .filter(other -> other.startsWith(key))
                .count();
        return key.length() >= 3 && title.startsWith(key) && titlesStartingSo == 1;
    }

    private static String lettersAndDigits(String text) {
        String folded = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replaceAll("['’]", "");
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
