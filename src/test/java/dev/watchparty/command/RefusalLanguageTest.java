package dev.watchparty.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.reply.Reply;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the shared command layer refuses, it refuses in the requester's language, naming options as their Discord
 * shows them; nothing the refusal is about moves.
 */
class RefusalLanguageTest {

    private static final Place CHANNEL = Place.serverChannel("g", "c", Set.of());

    private final TestCore test = TestCore.forPack(TestPacks.shipped());

    @AfterEach
    void tearDown() {
        test.close();
    }

    private static Invoker reader(String discordLocale) {
        return new Invoker("reader-" + discordLocale, "Reader", Locale.forLanguageTag(discordLocale));
    }

    private Reply run(Invoker who, String command, String subcommand, Map<String, Object> options) {
        return test.router().execute(new CommandRequest(command, subcommand, options, who, CHANNEL));
    }

    @Test
    @DisplayName(
            "GIVEN a German reader WHEN they set their progress to an episode the show does not have THEN the refusal is German, quotes it, and nothing is saved")
    void episodeNotInTheShowInGerman() {
        Invoker german = reader("de");

        Reply refused = run(german, "progress", "set", Map.of("episode", "S1E99"));

        assertTrue(refused.ephemeral());
        assertEquals(
                "Ich habe nichts geändert: “S1E99” ist keine Folge von Tiny Pretty Things; die Serie hat 10 Folgen, "
                        + "S1E1 bis S1E10. Gib einen Code wie S1E3, eine Nummer wie 3, 1x03 oder einen Titel an, oder "
                        + "none für nichts gesehen; oder wähle einen der Vorschläge.",
                refused.content());
        assertFalse(test.stores()
                .progress()
                .progressOf(german.userId(), TestPacks.SHIPPED_SHOW)
                .hasStarted());
    }

    @Test
    @DisplayName(
            "GIVEN a French reader WHEN they type something close to episodes, or none where an episode is needed THEN the refusal is French, with its suggestions")
    void refusalsInFrench() {
        Invoker french = reader("fr");

        String unreadable = run(french, "recap", null, Map.of("episode", "S1E")).content();
        assertTrue(
                unreadable.startsWith("Je n'ai rien changé : je ne sais pas lire “S1E” comme un épisode. "),
                unreadable);
        assertTrue(unreadable.contains("Vouliez-vous dire S1E1, S1E2, S1E3 ?"), unreadable);

        assertEquals(
                "“none” ne désigne aucun épisode, or il en faut un ici : 10 épisodes, de S1E1 à S1E10. Indiquez un code "
                        + "comme S1E3, un numéro comme 3, 1x03 ou un titre ; ou choisissez l'une des suggestions.",
                run(french, "recap", null, Map.of("episode", "none")).content());
    }

    @Test
    @DisplayName(
            "GIVEN a reader whose Discord is in German or Latin American Spanish WHEN an option or a subcommand is missing THEN it is named as their Discord shows it")
    void missingOptionsAreNamedAsDiscordShowsThem() {
        assertEquals(
                "Bitte gib die Option `folge` an: Die Folge: S1E3, 3 oder ihr Titel.",
                run(reader("de"), "recap", null, Map.of()).content());
        assertEquals(
                "/progreso necesita uno de estos subcomandos: marcar, ver, borrar.",
                run(reader("es-419"), "progress", null, Map.of()).content());
    }

    @Test
    @DisplayName(
            "GIVEN a Brazilian reader typing into an option that takes none WHEN suggestions are asked THEN none is offered in Portuguese, with the value the bot reads")
    void noneSuggestedInPortuguese() {
        List<Choice> choices = test.router()
                .autocomplete(new AutocompleteRequest(
                        "progress", "set", "episode", "no", Map.of(), reader("pt-BR"), CHANNEL));

        assertEquals(new Choice("none (nada assistido ainda)", "none"), choices.get(0));
    }
}
