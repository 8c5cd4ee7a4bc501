package dev.watchparty.character;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.Place;
import dev.watchparty.reply.Reply;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CharacterCommandTest {

    private static final Invoker VIEWER = new Invoker("viewer", "Vi");
    private static final Place CHANNEL = Place.serverChannel("g", "c", Set.of());

    @Test
    @DisplayName(
            "GIVEN a lookup of one letter or of no letter WHEN asked THEN nobody is picked at random: not found, with the met names that start so")
    void tooLittleToGuessFrom() {
        try (TestCore test = TestCore.forPack(TestPacks.shipped())) {
            Reply oneLetter = lookUp(test, "b");
            assertEquals(null, oneLetter.card(), "no bio is shown");
            assertTrue(oneLetter.ephemeral());
            assertTrue(oneLetter.content().startsWith("I found no character called “b”"), oneLetter.content());
            assertTrue(oneLetter.content().contains("Did you mean Bette Whitlaw"), oneLetter.content());

            Reply inTheMiddle = lookUp(test, "x");
            assertEquals(null, inTheMiddle.card(), "x is in Lennox, but one letter finds nobody");
            assertFalse(inTheMiddle.content().contains("Did you mean"), inTheMiddle.content());

            Reply noLetters = lookUp(test, "?!");
            assertEquals(null, noLetters.card(), "not the pack's first character");
            assertTrue(noLetters.content().startsWith("I found no character called “?!”"), noLetters.content());

            assertEquals("Bette Whitlaw", lookUp(test, "be").card().title(), "two letters are enough to guess");
        }
    }

    private static Reply lookUp(TestCore test, String typed) {
        return test.router().execute(new CommandRequest("character", null, Map.of("name", typed), VIEWER, CHANNEL));
    }

    @Test
    @DisplayName("GIVEN a revealed bio of several pages WHEN the next page is turned THEN it still reveals, on page 2")
    void pageTurnKeepsTheReveal() {
        try (TestCore test = TestCore.forPack(TestPacks.shipped())) {
            Reply first = test.router()
                    .execute(new CommandRequest(
                            "character", null, Map.of("name", "neveah", "reveal", true), VIEWER, CHANNEL));
            assertTrue(first.card().footer().startsWith("Page 1/"), first.card().footer());
            Reply second = test.router()
                    .component(new ComponentRequest(first.buttons().get(1).customId(), List.of(), VIEWER, CHANNEL))
                    .reply();
            assertTrue(
                    second.card().footer().startsWith("Page 2/"), second.card().footer());
            assertTrue(second.ephemeral());
            assertEquals(
                    first.buttons().get(1).customId().replaceFirst(":1$", ":0"),
                    second.buttons().get(0).customId(),
                    "previous leads back to page 1 with the same reveal");
        }
    }

    @Test
    @DisplayName(
            "GIVEN a French reader who has watched nothing WHEN a bio is posted THEN its lines, sections and footer of hidden facts are French, naming reveal: as their Discord does")
    void bioInFrench() {
        try (TestCore test = TestCore.forPack(TestPacks.shipped())) {
            Invoker french = new Invoker("fr", "Flo", Locale.FRENCH);
            Reply bio = test.router()
                    .execute(new CommandRequest("character", null, Map.of("name", "june"), french, CHANNEL));

            assertFalse(bio.ephemeral());
            assertEquals("June Park", bio.card().title(), "the pack's own words stay as they are");
            assertTrue(
                    bio.card().description().contains("Interprète : Daniela Norman."),
                    bio.card().description());
            assertEquals(
                    List.of("Faits"),
                    bio.card().fields().stream().map(field -> field.name()).toList(),
                    "her relationships are all later: hidden, and counted below");
            assertTrue(
                    bio.card()
                            .footer()
                            .matches("\\d+ faits ultérieurs masqués \\(vous n'avez pas encore commencé la série\\)"
                                    + " · ajoutez révéler:True pour les voir sous balises spoiler"),
                    bio.card().footer());
        }
    }

    @Test
    @DisplayName(
            "GIVEN a German reader who has watched nothing WHEN they post the bio of a character first seen in S1E8 THEN it is answered privately, saying why in German")
    void answeredPrivatelyInGerman() {
        try (TestCore test = TestCore.forPack(TestPacks.shipped())) {
            Invoker german = new Invoker("de", "Dora", Locale.GERMAN);
            Reply bio = test.router()
                    .execute(new CommandRequest("character", null, Map.of("name", "Matteo"), german, CHANNEL));

            assertTrue(bio.ephemeral());
            assertEquals(
                    "Ich habe dir privat geantwortet: diese Figur taucht erst in S1E8 auf, also später als der Stand "
                            + "dieses Kanals (Prämisse) und dein Fortschritt (noch nichts gesehen).",
                    bio.content());
            assertEquals("Eine Figur, die zuerst in S1E8 auftaucht", bio.card().title(), "the name would spoil");
        }
    }
}
