package dev.watchparty.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.Place;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Reply;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** /progress through the real router, answered in the language of the requester's Discord. */
class ProgressCommandTest {

    private static final Place CHANNEL = Place.serverChannel("g", "c", Set.of());

    private final TestCore test = TestCore.forPack(TestPacks.shipped());

    @AfterEach
    void tearDown() {
        test.close();
    }

    private Reply progress(Invoker who, String subcommand, Map<String, Object> options) {
        return test.router().execute(new CommandRequest("progress", subcommand, options, who, CHANNEL));
    }

    @Test
    @DisplayName(
            "GIVEN a German reader WHEN they set, show and clear their progress THEN each answer is private and German, naming /fortschritt setzen")
    void german() {
        Invoker german = new Invoker("de", "Dora", Locale.GERMAN);

        Reply saved = progress(german, "set", Map.of("episode", "3"));
        assertTrue(saved.ephemeral());
        assertEquals(
                "Gespeichert: Du hast Tiny Pretty Things bis S1E3 · Class Act gesehen. Alles Spätere halte ich hinter "
                        + "Spoiler-Markierungen oder ganz verborgen.",
                saved.content());
        assertEquals(
                SpoilerLevel.episode(1, 3),
                test.stores()
                        .progress()
                        .progressOf(german.userId(), TestPacks.SHIPPED_SHOW)
                        .watchedThrough());
        assertEquals(
                "Du hast Tiny Pretty Things bis S1E3 · Class Act gesehen.",
                progress(german, "show", Map.of()).content());

        assertTrue(progress(german, "clear", Map.of()).content().startsWith("Gelöscht: Soweit ich weiß, hast du"));
        assertEquals(
                "Du hast noch keine Folge von Tiny Pretty Things als gesehen markiert. Nutze /fortschritt setzen.",
                progress(german, "show", Map.of()).content());
    }

    @Test
    @DisplayName(
            "GIVEN a French reader WHEN they set their progress to none THEN it is cleared, and they are told so in French")
    void frenchNone() {
        Reply cleared = progress(new Invoker("fr", "Flo", Locale.FRENCH), "set", Map.of("episode", "none"));

        assertEquals(
                "Effacé : pour autant que je sache, vous n'avez pas encore vu Tiny Pretty Things, je ne montrerai donc "
                        + "que ce que révèle la bande-annonce.",
                cleared.content());
    }
}
