package dev.watchparty.bench;

import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.Character;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.PackLoader;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.PageLayout;
import dev.watchparty.reply.Section;
import dev.watchparty.reply.Texts;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ReadingContext;
import dev.watchparty.spoiler.RenderedItems;
import dev.watchparty.spoiler.SpoilerRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Autocomplete and spoiler rendering, in process. Autocomplete is measured on queries that miss the Caffeine
 * result cache (fresh typo-ridden prefixes), the worst case a reader can cause.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CatalogBenchmark {

    @Param({"1", "10", "100"})
    public int size;

    private Catalog catalog;
    private String[] queries;
    private int next;
    private Character biggest;
    private ReadingContext reader;

    @Setup
    public void setUp() throws Exception {
        ContentPack pack = new PackLoader().load(BenchPacks.ofSize(size));
        catalog = new Catalog(pack);
        Random random = new Random(1);
        List<String> names = new ArrayList<>();
        pack.characters().forEach(character -> character.namesForLookup().forEach(names::add));
        queries = new String[1 << 16];
        for (int i = 0; i < queries.length; i++) {
            String name = names.get(random.nextInt(names.size())).toLowerCase();
            String prefix = name.substring(0, Math.min(name.length(), 3 + random.nextInt(4)));
            char[] typo = prefix.toCharArray();
            typo[random.nextInt(typo.length)] = (char) ('a' + random.nextInt(26));
            queries[i] = new String(typo) + i;
        }
        biggest = pack.characters().stream()
                .max(Comparator.comparingInt(c -> c.facts().size()))
                .orElseThrow();
        reader = ReadingContext.publicIn(
                SpoilerLevel.PREMISE, Progress.through(SpoilerLevel.episode(1, 5)), Texts.FALLBACK);
    }

    @Benchmark
    public Object autocompleteCacheMiss() {
        return catalog.searchCharacters(queries[next++ & (queries.length - 1)]);
    }

    @Benchmark
    public Object autocompleteEpisodes() {
        return catalog.searchEpisodes(queries[next++ & (queries.length - 1)]);
    }

    @Benchmark
    public Object renderBiggestBio() {
        List<Fact> facts = biggest.facts();
        RenderedItems rendered = SpoilerRenderer.render(facts, reader);
        return PageLayout.layout(
                Texts.FALLBACK,
                biggest.name(),
                "role",
                List.of(new Section("Facts", rendered.blocks())),
                "",
                0,
                Card.Frame.CONTAINER);
    }
}
