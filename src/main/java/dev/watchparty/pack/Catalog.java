package dev.watchparty.pack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One pack, indexed for lookups by id, name and alias, with a ranked, typo-tolerant search for autocomplete.
 * Search results are memoised per query in a bounded Caffeine cache: autocomplete asks again on every key
 * press, and many readers type the same few names.
 */
public final class Catalog {

    public static final int MAX_SUGGESTIONS = 25;

    private final ContentPack pack;
    private final Map<String, Character> charactersById;
    private final Map<String, Character> charactersByName;
    private final Map<SpoilerLevel, Episode> episodesByCode;
    private final EpisodeOrder episodeOrder;
    private final EpisodeReader episodeReader;
    private final SearchRanker<Character> characterSearch;
    private final SearchRanker<Episode> episodeSearch;
    private final Cache<String, List<Character>> characterResults;
    private final Cache<String, List<Episode>> episodeResults;

    public Catalog(ContentPack pack) {
        this.pack = pack;
        this.charactersById = index(pack.characters(), Character::id);
        this.charactersByName = new LinkedHashMap<>();
        for (Character character : pack.characters()) {
            character
                    .namesForLookup()
                    .forEach(name -> charactersByName.putIfAbsent(SearchRanker.normalize(name), character));
        }
        this.episodesByCode = index(pack.episodes(), Episode::code);
        this.episodeOrder = new EpisodeOrder(pack.show());
        this.episodeReader = new EpisodeReader(pack.show(), pack.episodes());
        this.characterSearch = new SearchRanker<>(
                pack.characters(), character -> character.namesForLookup().toList());
        this.episodeSearch = new SearchRanker<>(pack.episodes(), Catalog::episodeNames);
        this.characterResults = Caffeine.newBuilder().maximumSize(10_000).build();
        this.episodeResults = Caffeine.newBuilder().maximumSize(10_000).build();
    }

    private static <K, V> Map<K, V> index(List<V> items, Function<V, K> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    /** An episode is found by its code ({@code S1E3}), its number ({@code 3}, {@code E3}) or its title. */
    private static List<String> episodeNames(Episode episode) {
        List<String> names = new ArrayList<>();
        SpoilerLevel code = episode.code();
        names.add(code.toString());
        names.add("e" + code.episode());
        names.add(Integer.toString(code.episode()));
        episode.verifiedTitle().ifPresent(names::add);
        return names;
    }

    public ContentPack pack() {
        return pack;
    }

    public Show show() {
        return pack.show();
    }

    public Optional<Character> character(String id) {
        return Optional.ofNullable(charactersById.get(id));
    }

    /** Exact lookup by id, name or alias, ignoring case and accents. */
    public Optional<Character> characterNamed(String nameOrId) {
        return character(nameOrId)
                .or(() -> Optional.ofNullable(charactersByName.get(SearchRanker.normalize(nameOrId))));
    }

    public Optional<Episode> episode(SpoilerLevel code) {
        return Optional.ofNullable(episodesByCode.get(code));
    }

    /** Reads an episode option exactly: one episode, nothing watched, or a refusal; never a guess. */
    public EpisodeReading readEpisode(String typed) {
        return episodeReader.read(typed);
    }

    /** Best first, at most {@link #MAX_SUGGESTIONS}. */
    public List<Character> searchCharacters(String typed) {
        return characterResults.get(
                SearchRanker.normalize(typed), query -> characterSearch.rank(query, MAX_SUGGESTIONS));
    }

    /** Best first, at most {@link #MAX_SUGGESTIONS}. */
    public List<Episode> searchEpisodes(String typed) {
        return episodeResults.get(SearchRanker.normalize(typed), query -> episodeSearch.rank(query, MAX_SUGGESTIONS));
    }

    public EpisodeOrder episodeOrder() {
        return episodeOrder;
    }

    public List<Episode> episodes() {
        return pack.episodes();
    }
}
