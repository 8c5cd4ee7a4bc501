package dev.watchparty.pack;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Ranks things by how well one of their names matches what a reader typed, forgiving small typos: an exact
 * name beats a prefix, a prefix beats a word prefix, then a substring, then two swapped letters, then a near
 * miss by edit distance ({@code bete} for Bette, one edit; two edits for longer words).
 */
final class SearchRanker<T> {

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

    private record Candidate<T>(T item, List<String> keys, int order) {
    }

    private record Scored<T>(T item, int score, int order) {
    }

    private final List<Candidate<T>> candidates = new ArrayList<>();

    /** Adds an item under its names; {@code order} breaks ties (pack order, so main characters come first). */
    SearchRanker(List<T> items, Function<T, List<String>> names) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            candidates.add(new Candidate<>(item, names.apply(item).stream().map(SearchRanker::normalize).toList(), i));
        }
    }

    List<T> rank(String query, int limit) {
        String typed = normalize(query);
        if (typed.isEmpty()) {
            return candidates.stream().limit(limit).map(Candidate::item).toList();
        }
        return candidates.stream()
                .map(candidate -> new Scored<>(candidate.item(), score(typed, candidate.keys()), candidate.order()))
                .filter(scored -> scored.score() > 0)
                .sorted(Comparator.comparingInt((Scored<T> scored) -> -scored.score()).thenComparingInt(Scored::order))
                .limit(limit)
                .map(Scored::item)
                .toList();
    }

    private static int score(String typed, List<String> keys) {
        int best = 0;
        for (String key : keys) {
            best = Math.max(best, score(typed, key));
        }
        return best;
    }

    private static int score(String typed, String key) {
        if (key.equals(typed)) {
            return 1000;
        }
        if (key.startsWith(typed)) {
            return 900 - Math.min(key.length() - typed.length(), 99);
        }
        String[] words = key.split(" ");
        for (String word : words) {
            if (word.startsWith(typed)) {
                return 800 - Math.min(word.length() - typed.length(), 99);
            }
        }
        if (key.contains(typed)) {
            return 600;
        }
        if (typed.length() < 3) {
            return 0;
        }
        if (swappedLettersMatch(typed, words)) {
            return 450;
        }
        LevenshteinDistance allowed = typed.length() <= 5 ? ONE_EDIT : TWO_EDITS;
        int best = -1;
        for (String word : words) {
            // compare with the word, and with its start, so a typo in an unfinished word still matches
            String start = word.substring(0, Math.min(word.length(), typed.length()));
            for (String target : new String[] {word, start, key}) {
                int distance = allowed.apply(typed, target);
                if (distance >= 0 && (best < 0 || distance < best)) {
                    best = distance;
                }
            }
        }
        return best < 0 ? 0 : 500 - 100 * best;
    }

    /**
     * Two neighbouring letters typed the wrong way round ({@code juen} for June) is the commonest typo, and an
     * edit distance counts it as two edits; undo each possible swap and look for a word that starts so.
     */
    private static boolean swappedLettersMatch(String typed, String[] words) {
        char[] letters = typed.toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            char[] swapped = letters.clone();
            swapped[i] = letters[i + 1];
            swapped[i + 1] = letters[i];
            String variant = new String(swapped);
            for (String word : words) {
                if (word.startsWith(variant)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
