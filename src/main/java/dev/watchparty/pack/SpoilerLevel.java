package dev.watchparty.pack;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a viewer learns something: {@code meta} (production, cast), {@code premise} (trailer, synopsis), or an
 * episode. Both {@code meta} and {@code premise} order below every episode; episodes order by season, then
 * number. An episode's own code is its level, so one type serves for both.
 */
public record SpoilerLevel(int season, int episode) implements Comparable<SpoilerLevel> {

    public static final SpoilerLevel META = new SpoilerLevel(0, 0);
    public static final SpoilerLevel PREMISE = new SpoilerLevel(0, 1);

    private static final Pattern EPISODE_CODE = Pattern.compile("s(\\d{1,2})\\s*e(\\d{1,2})");

    public SpoilerLevel {
        if (season < 0 || episode < 0 || (season == 0 && episode > 1)) {
            throw new IllegalArgumentException("not a spoiler level: season " + season + ", episode " + episode);
        }
    }

    public static SpoilerLevel episode(int season, int episode) {
        if (season < 1 || episode < 1) {
            throw new IllegalArgumentException("episodes count from S1E1, not S" + season + "E" + episode);
        }
        return new SpoilerLevel(season, episode);
    }

    /** Parses {@code meta}, {@code premise} or an episode code such as {@code S1E4} (any case, optional space). */
    public static Optional<SpoilerLevel> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = text.strip().toLowerCase(Locale.ROOT);
        if (normalized.equals("meta")) {
            return Optional.of(META);
        }
        if (normalized.equals("premise")) {
            return Optional.of(PREMISE);
        }
        Matcher matcher = EPISODE_CODE.matcher(normalized);
        if (matcher.matches()) {
            int season = Integer.parseInt(matcher.group(1));
            int number = Integer.parseInt(matcher.group(2));
            if (season >= 1 && number >= 1) {
                return Optional.of(new SpoilerLevel(season, number));
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    public static SpoilerLevel parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not a spoiler level: " + text));
    }

    public boolean isEpisode() {
        return season > 0;
    }

    public boolean isAbove(SpoilerLevel other) {
        return compareTo(other) > 0;
    }

    public static SpoilerLevel max(SpoilerLevel a, SpoilerLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public static SpoilerLevel min(SpoilerLevel a, SpoilerLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(SpoilerLevel other) {
        int bySeason = Integer.compare(season, other.season);
        return bySeason != 0 ? bySeason : Integer.compare(episode, other.episode);
    }

    @JsonValue
    @Override
    public String toString() {
        if (this.equals(META)) {
            return "meta";
        }
        if (this.equals(PREMISE)) {
            return "premise";
        }
        return "S" + season + "E" + episode;
    }
}
