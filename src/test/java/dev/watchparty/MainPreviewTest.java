package dev.watchparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code validate --preview LEVEL}: what a viewer at that level sees of every character, episode and question. */
class MainPreviewTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName(
            "GIVEN the mini pack WHEN previewed at S1E1 THEN every character, episode and askable question is shown, later ones tagged or counted")
    void previewAtOneLevel() {
        int exit = run("validate", "src/test/resources/packs/mini", "--preview", "S1E1");
        String text = out.toString(StandardCharsets.UTF_8);

        assertEquals(Main.OK, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(text.startsWith("mini: ok"), text);
        assertTrue(text.contains("for a viewer who has watched S1E1, reading in a channel at the premise"), text);
        assertTrue(text.contains("> /character name:ana") && text.contains("> /character name:ben"), text);
        assertTrue(text.contains("S1E1: [spoiler: Ana opens the shop.]"), "tagged for the premise channel: " + text);
        assertTrue(text.contains("> /recap episode:S1E3 public:true"), text);
        assertFalse(text.contains("She sells the bakery."), "an S1E3 fact stays out of sight at S1E1: " + text);
        assertTrue(text.contains("=== Trivia: 1 questions may be asked; 0 later ones are not ==="), text);
    }

    @Test
    @DisplayName(
            "GIVEN a preview level that is not a level WHEN validate runs THEN it says which forms work and exits 2")
    void badPreviewLevel() {
        int exit = run("validate", "src/test/resources/packs/mini", "--preview", "soon");

        assertEquals(Main.USAGE, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--preview needs a level, like S1E3 or premise"));
    }
}
