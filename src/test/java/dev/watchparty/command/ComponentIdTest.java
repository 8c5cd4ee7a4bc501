package dev.watchparty.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.reply.UserInputException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The custom ids of buttons and menus: written and read back by one type, refused when they cannot work. */
class ComponentIdTest {

    @Test
    @DisplayName("GIVEN an id with arguments WHEN encoded and parsed THEN it comes back whole, owner first")
    void roundTrip() {
        ComponentId id =
                ComponentId.of("recap", "page", "tiny-pretty-things", "S1E3").with("2");
        assertEquals("recap:page:tiny-pretty-things:S1E3:2", id.encode());
        ComponentId read = ComponentId.parse(id.encode()).orElseThrow();
        assertEquals(id, read);
        assertTrue(read.is("page", 3));
        assertEquals(2, read.intArgument(2));
    }

    @Test
    @DisplayName(
            "GIVEN a part holding the separator, or an id past Discord's 100 characters WHEN built THEN it is refused")
    void refusesWhatCannotWork() {
        assertThrows(IllegalArgumentException.class, () -> ComponentId.of("party", "join", "a:b"));
        ComponentId tooLong = ComponentId.of("trivia", "answer", "x".repeat(95));
        assertThrows(IllegalArgumentException.class, tooLong::encode);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "trivia", ":", "trivia:", ":answer"})
    @DisplayName("GIVEN an id no version of the bot wrote WHEN parsed THEN it is empty")
    void foreignIds(String customId) {
        assertTrue(ComponentId.parse(customId).isEmpty());
    }

    @Test
    @DisplayName(
            "GIVEN a click on an id missing an argument, or with a word for a number WHEN read THEN the click is stale")
    void staleArguments() {
        ComponentId id = new ComponentId("trivia", "answer", List.of("r1", "x"));
        assertThrows(UserInputException.class, () -> id.argument(2));
        assertThrows(UserInputException.class, () -> id.intArgument(1));
    }
}
