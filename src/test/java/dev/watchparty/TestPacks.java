package dev.watchparty;

import dev.watchparty.pack.Character;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.Episode;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.pack.PackLoader;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.pack.TriviaQuestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The packs tests run against: every pack shipped under seeds/, and the small test packs. */
public final class TestPacks {

    public static final Path SEEDS = Path.of("seeds");
    public static final Path TEST_PACKS = Path.of("src/test/resources/packs");
    public static final String SHIPPED_SHOW = "tiny-pretty-things";

    private TestPacks() {}

    public static List<ContentPack> all() {
        List<ContentPack> packs = new ArrayList<>(load(TEST_PACKS));
        packs.addAll(load(SEEDS));
        return packs;
    }

    /** Every piece of pack text a reply may carry, with its level: facts, roles, ties, synopses, recaps, questions. */
    public static List<Fact> everyItem(ContentPack pack) {
        List<Fact> items = new ArrayList<>(pack.show().facts());
        items.add(pack.show().synopsis());
        for (Character character : pack.characters()) {
            items.add(character.role());
            items.addAll(character.facts());
            character.relationships().forEach(tie -> items.add(tie.description()));
        }
        for (Episode episode : pack.episodes()) {
            episode.netflixSynopsis().ifPresent(items::add);
            items.addAll(episode.recap());
        }
        for (TriviaQuestion question : pack.trivia()) {
            items.add(new Fact(question.question(), question.level(), question.sources(), question.warnings()));
        }
        return items;
    }

    /** Every level a reader or a channel can be at in a pack's show: the premise, then each episode in order. */
    public static List<SpoilerLevel> levels(ContentPack pack) {
        List<SpoilerLevel> levels = new ArrayList<>(List.of(SpoilerLevel.PREMISE));
        pack.show()
                .seasons()
                .forEach(season -> IntStream.rangeClosed(1, season.episodes())
                        .forEach(number -> levels.add(SpoilerLevel.episode(season.season(), number))));
        return levels;
    }

    public static ContentPack shipped() {
        return load(SEEDS).stream()
                .filter(pack -> pack.id().equals(SHIPPED_SHOW))
                .findFirst()
                .orElseThrow();
    }

    public static ContentPack mini() {
        return testPack("mini");
    }

    /** Twelve trivia questions: one meta, three premise, three each at S1E1 and S1E2, two at S1E3. */
    public static ContentPack quiz() {
        return testPack("quiz");
    }

    private static ContentPack testPack(String id) {
        return load(TEST_PACKS).stream()
                .filter(pack -> pack.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<ContentPack> load(Path directory) {
        try {
            return Files.isDirectory(directory) ? new PackLoader().loadAll(directory) : List.of();
        } catch (PackLoadException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
