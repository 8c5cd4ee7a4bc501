package dev.watchparty.pack;

import java.util.List;
import java.util.Optional;

/** The show card and the pack's source list, as written in {@code show.yaml}. */
public record Show(
        String id,
        String title,
        String network,
        int year,
        String rating,
        List<Season> seasons,
        List<String> creators,
        Novel basedOn,
        List<String> metaSources,
        Fact synopsis,
        List<Fact> facts,
        List<Source> sources) {

    public Show {
        seasons = List.copyOf(seasons);
        creators = List.copyOf(creators);
        metaSources = List.copyOf(metaSources);
        facts = facts == null ? List.of() : List.copyOf(facts);
        sources = List.copyOf(sources);
    }

    public Optional<Novel> novel() {
        return Optional.ofNullable(basedOn);
    }

    public Optional<String> contentRating() {
        return Optional.ofNullable(rating);
    }

    public int episodeCount() {
        return seasons.stream().mapToInt(Season::episodes).sum();
    }

    public SpoilerLevel lastEpisode() {
        return Season.lastEpisode(seasons);
    }

    /** Whether the show has this episode; meta and premise are within every show. */
    public boolean contains(SpoilerLevel level) {
        return Season.contains(seasons, level);
    }
}
