package dev.watchparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate [dir]}: one line per good pack and exit 0, or every error as {@code file:line:column: field: message}
 * and exit 1. {@code validate} takes a folder of packs (like {@code seeds}), so a broken fixture is copied into a
 * temporary folder of packs first.
 */
class MainValidateTest {

    private static final Path BROKEN = Path.of("src/test/resources/packs-broken");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    @DisplayName("GIVEN the folder of test packs WHEN validated THEN it exits 0 and prints one ok line per pack")
    void validTestPacks() {
        int exit = validate("src/test/resources/packs");

        assertEquals("", text(err));
        assertEquals(Main.OK, exit);
        assertEquals(
                String.join(
                        System.lineSeparator(),
                        "mini: ok (2 characters, 3 episodes, 1 trivia questions)",
                        "quiz: ok (1 characters, 3 episodes, 12 trivia questions)",
                        ""),
                text(out));
    }

    @Test
    @DisplayName(
            "GIVEN a pack with a character's unknown key WHEN validated THEN it exits 1 and prints file:line:column: field: message")
    void brokenPack(@TempDir Path seeds) throws IOException {
        Path pack = copyPack("unknown-key", seeds);

        int exit = validate(seeds.toString());

        assertEquals(Main.INVALID, exit);
        assertEquals("", text(out));
        String expected = pack.resolve("characters.yaml") + ":27:15: characters[1].nickname: unknown field 'nickname'";
        assertTrue(text(err).contains(expected), () -> "stderr:\n" + text(err));
        assertTrue(text(err).startsWith("1 error in content pack"), () -> "stderr:\n" + text(err));
    }

    @Test
    @DisplayName(
            "GIVEN a folder that does not exist WHEN validated THEN it exits 1 naming the folder, with no Java class name")
    void missingFolder(@TempDir Path parent) {
        Path missing = parent.resolve("no-packs-here");

        int exit = validate(missing.toString());

        assertEquals(Main.INVALID, exit);
        assertTrue(text(err).contains(missing + ": no such folder"), () -> "stderr:\n" + text(err));
        assertFalse(text(err).contains("java."), () -> "stderr:\n" + text(err));
        assertFalse(text(err).contains("Exception"), () -> "stderr:\n" + text(err));
    }

    @Test
    @DisplayName(
            "GIVEN a pack with a level written 'episode 3' WHEN validated THEN the error names the forms allowed, not a regex")
    void levelForms(@TempDir Path seeds) throws IOException {
        Path pack = copyPack("bad-level-syntax", seeds);

        validate(seeds.toString());

        assertTrue(
                text(err)
                        .contains(pack.resolve("characters.yaml") + ":20:16: characters[0].facts[0].level: 'episode 3' "
                                + "is not a level: write meta, premise, or an episode code like S1E4"),
                () -> "stderr:\n" + text(err));
        assertFalse(text(err).contains("regex"), () -> "stderr:\n" + text(err));
    }

    @Test
    @DisplayName(
            "GIVEN a pack with a YAML syntax error WHEN validated THEN it exits 1 and prints the file, line and column")
    void invalidYaml(@TempDir Path seeds) throws IOException {
        Path pack = copyPack("invalid-yaml", seeds);

        int exit = validate(seeds.toString());

        assertEquals(Main.INVALID, exit);
        assertTrue(
                text(err).contains(pack.resolve("trivia.yaml") + ":6:10: not valid YAML"),
                () -> "stderr:\n" + text(err));
    }

    @Test
    @DisplayName("GIVEN the shipped seeds folder WHEN validated THEN it exits 0 and the Tiny Pretty Things pack is ok")
    void shippedSeeds() {
        Assumptions.assumeTrue(
                Files.isRegularFile(Path.of("seeds/tiny-pretty-things/show.yaml")),
                "the shipped pack is not written yet");

        int exit = validate("seeds");

        assertEquals(Main.OK, exit, () -> "stderr:\n" + text(err));
        assertTrue(text(out).contains("tiny-pretty-things: ok ("), () -> "stdout:\n" + text(out));
    }

    private int validate(String directory) {
        return Main.run(
                new String[] {"validate", directory},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    /** Copies a broken fixture into {@code seeds/<case>}, so that {@code seeds} is a folder of one pack. */
    private static Path copyPack(String brokenCase, Path seeds) throws IOException {
        Path to = Files.createDirectories(seeds.resolve(brokenCase));
        try (Stream<Path> files = Files.list(BROKEN.resolve(brokenCase))) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
