package dev.watchparty.pack;

import java.util.Comparator;
import java.util.List;

public record Season(int season, int episodes) {

    /** Whether a show of these seasons has this episode; meta and premise are within every show. */
    static boolean contains(List<Season> seasons, SpoilerLevel level) {
        return !level.isEpisode()
                || seasons.stream()
                        .anyMatch(season -> season.season() == level.season() && level.episode() <= season.episodes());
    }

    static SpoilerLevel lastEpisode(List<Season> seasons) {
        Season last =
                seasons.stream().max(Comparator.comparingInt(Season::season)).orElseThrow();
        return SpoilerLevel.episode(last.season(), last.episodes());
    }
}
