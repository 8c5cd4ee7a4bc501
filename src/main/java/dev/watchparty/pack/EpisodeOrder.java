package dev.watchparty.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The show's episodes in watching order, from its seasons: what comes before and after an episode. */
public final class EpisodeOrder {

    private final List<SpoilerLevel> episodes;

    public EpisodeOrder(Show show) {
        List<SpoilerLevel> all = new ArrayList<>();
        show.seasons().stream().sorted(Comparator.comparingInt(Season::season)).forEach(season -> {
            for (int number = 1; number <= season.episodes(); number++) {
                all.add(SpoilerLevel.episode(season.season(), number));
            }
        });
        this.episodes = List.copyOf(all);
    }

    public SpoilerLevel first() {
        return episodes.get(0);
    }

    /** The episode after this one (after the premise: the first); empty after the last. */
    public Optional<SpoilerLevel> after(SpoilerLevel level) {
        if (!level.isEpisode()) {
            return Optional.of(first());
        }
        int index = episodes.indexOf(level);
        return index < 0 || index + 1 >= episodes.size() ? Optional.empty() : Optional.of(episodes.get(index + 1));
    }

    /** The episode before this one; the premise before the first. */
    public SpoilerLevel before(SpoilerLevel episode) {
        int index = episodes.indexOf(episode);
        return index <= 0 ? SpoilerLevel.PREMISE : episodes.get(index - 1);
    }

    /** Episodes after {@code from} up to and including {@code through}. */
    public List<SpoilerLevel> between(SpoilerLevel from, SpoilerLevel through) {
        return episodes.stream()
                .filter(episode -> episode.isAbove(from) && !episode.isAbove(through))
                .toList();
    }
}
