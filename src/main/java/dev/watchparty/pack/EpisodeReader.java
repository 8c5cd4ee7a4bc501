package dev.watchparty.pack;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an episode option exactly as the spoiler model lists its forms: a code ({@code S1E3}, any case, a
 * space allowed before the E), {@code 1x03}, a bare number in a one-season show, a verified title or a title's
 * unique beginning of at least {@value #MIN_TITLE_PREFIX} letters, and {@code none}, {@code nothing} or
 * {@code premise} for nothing watched. Anything else is refused: progress only moves where the user said.
 */
final class EpisodeReader {

    static final int MIN_TITLE_PREFIX = 3;
    private static final Set<String> NOTHING = Set.of("none", "nothing", "premise");
    private static final Pattern CODE = Pattern.compile("s(\\d{1,3}) ?e(\\d{1,3})");
    private static final Pattern CROSS = Pattern.compile("(\\d{1,3})x(\\d{1,3})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Show show;
    private final Map<SpoilerLevel, Episode> byCode;
    private final Map<String, Episode> byTitle;

    EpisodeReader(Show show, List<Episode> episodes) {
        this.show = show;
        this.byCode = episodes.stream().collect(Collectors.toUnmodifiableMap(Episode::code, Function.identity()));
        this.byTitle = episodes.stream()
                .filter(episode -> episode.verifiedTitle().isPresent())
                .collect(Collectors.toUnmodifiableMap(
                        episode -> titleKey(episode.verifiedTitle().get()),
                        Function.identity(),
                        (first, second) -> first));
    }

    EpisodeReading read(String typed) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (NOTHING.contains(text)) {
            return new EpisodeReading.NothingWatched();
        }
        Matcher code = CODE.matcher(text);
        if (code.matches()) {
            return episode(typed, Integer.parseInt(code.group(1)), Integer.parseInt(code.group(2)));
        }
        Matcher cross = CROSS.matcher(text);
        if (cross.matches()) {
            return episode(typed, Integer.parseInt(cross.group(1)), Integer.parseInt(cross.group(2)));
        }
        if (NUMBER.matcher(text).matches()) {
            if (show.seasons().size() != 1) {
                return refused(typed, EpisodeReading.Problem.AMBIGUOUS_NUMBER, List.of());
            }
            return episode(typed, show.seasons().get(0).season(), Integer.parseInt(text));
        }
        return byTitle(typed);
    }

    private EpisodeReading episode(String typed, int season, int number) {
        if (season < 1 || number < 1) {
            return refused(typed, EpisodeReading.Problem.NOT_IN_SHOW, List.of());
        }
        SpoilerLevel level = SpoilerLevel.episode(season, number);
        return Optional.ofNullable(show.contains(level) ? byCode.get(level) : null)
                .<EpisodeReading>map(EpisodeReading.Found::new)
                .orElseGet(() -> refused(typed, EpisodeReading.Problem.NOT_IN_SHOW, List.of()));
    }

    private EpisodeReading byTitle(String typed) {
        String key = titleKey(typed);
        Episode exact = byTitle.get(key);
        if (exact != null) {
            return new EpisodeReading.Found(exact);
        }
        if (key.codePointCount(0, key.length()) < MIN_TITLE_PREFIX) {
            return refused(typed, EpisodeReading.Problem.NOT_AN_EPISODE, List.of());
        }
        List<Episode> starting = byTitle.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(key))
                .map(Map.Entry::getValue)
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
        if (starting.size() == 1) {
            return new EpisodeReading.Found(starting.get(0));
        }
        return refused(
                typed,
                starting.isEmpty() ? EpisodeReading.Problem.NOT_AN_EPISODE : EpisodeReading.Problem.AMBIGUOUS_TITLE,
                starting);
    }

    private static EpisodeReading refused(String typed, EpisodeReading.Problem problem, List<Episode> closest) {
        return new EpisodeReading.NotUnderstood(typed == null ? "" : typed, problem, closest);
    }

    /** Case, accents, apostrophes and punctuation do not matter in a title: "its not the" finds "It's Not the…". */
    static String titleKey(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain =
                MARKS.matcher(APOSTROPHES.matcher(decomposed).replaceAll("")).replaceAll("");
        return NOT_LETTERS_OR_DIGITS
                .matcher(plain.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }
}
