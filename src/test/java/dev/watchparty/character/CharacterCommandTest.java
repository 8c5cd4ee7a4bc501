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
}
