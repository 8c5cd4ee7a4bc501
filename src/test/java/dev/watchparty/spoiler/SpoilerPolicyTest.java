package dev.watchparty.spoiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.watchparty.pack.SpoilerLevel;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The examples of the spoiler model (seeds/SPOILERS.md): Bette's bio, facts at premise, S1E2, S1E5, S1E9. */
class SpoilerPolicyTest {

    private static final List<SpoilerLevel> FACTS =
            List.of(SpoilerLevel.PREMISE, level("S1E2"), level("S1E5"), level("S1E9"));

    private static SpoilerLevel level(String code) {
        return SpoilerLevel.parse(code);
    }

    private static List<Visibility> classifyAll(ReadingContext reader) {
        return FACTS.stream().map(fact -> SpoilerPolicy.classify(fact, reader)).toList();
    }

    @Test
    @DisplayName(
            "GIVEN an ephemeral reply to a viewer at S1E5 WHEN classified THEN up to S1E5 is plain and S1E9 hidden")
    void ephemeralAtS1E5() {
        ReadingContext reader = ReadingContext.ephemeral(Progress.through(level("S1E5")), Locale.ENGLISH);
        assertEquals(
                List.of(Visibility.PLAIN, Visibility.PLAIN, Visibility.PLAIN, Visibility.HIDDEN), classifyAll(reader));
    }

    @Test
    @DisplayName(
            "GIVEN a public reply with no party, requester at S1E5 WHEN classified THEN S1E2 and S1E5 are tagged, S1E9 hidden")
    void publicWithoutParty() {
        ReadingContext reader =
                ReadingContext.publicIn(SpoilerLevel.PREMISE, Progress.through(level("S1E5")), Locale.ENGLISH);
        assertEquals(
                List.of(Visibility.PLAIN, Visibility.TAGGED, Visibility.TAGGED, Visibility.HIDDEN),
                classifyAll(reader));
    }

    @Test
    @DisplayName(
            "GIVEN a public reply in a party at S1E5, requester at S1E2 WHEN classified THEN S1E5 is tagged for the requester, S1E9 hidden")
    void publicInPartyRequesterBehind() {
        ReadingContext reader = ReadingContext.publicIn(level("S1E5"), Progress.through(level("S1E2")), Locale.ENGLISH);
        assertEquals(
                List.of(Visibility.PLAIN, Visibility.PLAIN, Visibility.TAGGED, Visibility.HIDDEN), classifyAll(reader));
    }

    @Test
    @DisplayName(
            "GIVEN a public reply in a party at S1E5, requester at S1E5 WHEN classified THEN up to S1E5 is plain, S1E9 hidden")
    void publicInPartyRequesterLevel() {
        ReadingContext reader = ReadingContext.publicIn(level("S1E5"), Progress.through(level("S1E5")), Locale.ENGLISH);
        assertEquals(
                List.of(Visibility.PLAIN, Visibility.PLAIN, Visibility.PLAIN, Visibility.HIDDEN), classifyAll(reader));
    }

    @Test
    @DisplayName(
            "GIVEN a public reply WHEN the requester asks to reveal THEN nothing past every reader is shown: a reveal is never posted")
    void publicRevealShowsNothingMore() {
        ReadingContext reader = ReadingContext.publicIn(
                        SpoilerLevel.PREMISE, Progress.through(level("S1E2")), Locale.ENGLISH)
                .revealingAll();
        assertEquals(
                List.of(Visibility.PLAIN, Visibility.TAGGED, Visibility.HIDDEN, Visibility.HIDDEN),
                classifyAll(reader));
    }

    @Test
    @DisplayName(
            "GIVEN an ephemeral reveal to a viewer who watched nothing WHEN classified THEN premise is plain, every episode revealed")
    void ephemeralReveal() {
        ReadingContext reader =
                ReadingContext.ephemeral(Progress.NOTHING, Locale.ENGLISH).revealingAll();
        assertEquals(
                List.of(Visibility.PLAIN, Visibility.REVEALED, Visibility.REVEALED, Visibility.REVEALED),
                classifyAll(reader));
    }

    @Test
    @DisplayName(
            "GIVEN a request for one episode's recap WHEN classified THEN only that episode is revealed, later ones stay hidden")
    void revealOneEpisode() {
        ReadingContext reader = ReadingContext.ephemeral(Progress.through(level("S1E2")), Locale.ENGLISH)
                .revealing(level("S1E5"));
        assertEquals(
                List.of(Visibility.PLAIN, Visibility.PLAIN, Visibility.REVEALED, Visibility.HIDDEN),
                classifyAll(reader));
    }
}
