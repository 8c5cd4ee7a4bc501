package dev.watchparty.pack;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** An item, its normalized names, and the distinct words of those names. */
    private record Candidate<T>(T item, List<String> keys, List<String[]> keyWords, int order) {
    }

    private record Scored<T>(T item, int score, int order) {
    }

    private final List<Candidate<T>> candidates = new ArrayList<>();
    /** Every distinct word of every name, with the candidates that have it: typos are scored once per word. */
    private final Map<String, List<Candidate<T>>> vocabulary = new HashMap<>();

    /** Adds an item under its names; {@code order} breaks ties (pack order, so main characters come first). */
    SearchRanker(List<T> items, Function<T, List<String>> names) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            List<String> keys = names.apply(item).stream().map(SearchRanker::normalize).distinct().toList();
            Candidate<T> candidate = new Candidate<>(item, keys, keys.stream().map(key -> key.split(" ")).toList(), i);
            candidates.add(candidate);
            keys.stream().flatMap(key -> Arrays.stream(key.split(" "))).distinct()
                    .forEach(word -> vocabulary.computeIfAbsent(word, w -> new ArrayList<>()).add(candidate));
        }
    }

    /**
     * The best matches for what was typed. Exact, prefix and substring matches are checked name by name; typos
     * only when those found fewer than {@code limit}, and then word by word over the vocabulary, so the cost of
     * a typo grows with the number of distinct words, not of names.
     */
    List<T> rank(String query, int limit) {
        String typed = normalize(query);
        if (typed.isEmpty()) {
            return candidates.stream().limit(limit).map(Candidate::item).toList();
        }
        Map<Candidate<T>, Integer> scores = new HashMap<>();
        for (Candidate<T> candidate : candidates) {
            int score = directScore(typed, candidate);
            if (score > 0) {
                scores.put(candidate, score);
            }
        }
        if (scores.size() < limit && typed.length() >= 3) {
            addTypoScores(typed, scores);
        }
        return scores.entrySet().stream()
                .map(entry -> new Scored<>(entry.getKey().item(), entry.getValue(), entry.getKey().order()))
                .sorted(Comparator.comparingInt((Scored<T> scored) -> -scored.score()).thenComparingInt(Scored::order))
                .limit(limit)
                .map(Scored::item)
                .toList();
    }

    /** Exact name 1000, name prefix 900-, word prefix 800-, anywhere in a name 600; 0 for none of these. */
    private static int directScore(String typed, Candidate<?> candidate) {
        int best = 0;
        for (int k = 0; k < candidate.keys().size(); k++) {
            String key = candidate.keys().get(k);
            int score = 0;
            if (key.equals(typed)) {
                score = 1000;
            } else if (key.startsWith(typed)) {
                score = 900 - Math.min(key.length() - typed.length(), 99);
            } else {
                for (String word : candidate.keyWords().get(k)) {
                    if (word.startsWith(typed)) {
                        score = Math.max(score, 800 - Math.min(word.length() - typed.length(), 99));
                    }
                }
                if (score == 0 && key.contains(typed)) {
                    score = 600;
                }
            }
            best = Math.max(best, score);
        }
        return best;
    }

    /** Swapped letters 450, one edit 400, two edits (typed words over five letters) 300. */
    private void addTypoScores(String typed, Map<Candidate<T>, Integer> scores) {
        LevenshteinDistance allowed = typed.length() <= 5 ? ONE_EDIT : TWO_EDITS;
        for (Map.Entry<String, List<Candidate<T>>> entry : vocabulary.entrySet()) {
            int score = typoScore(typed, entry.getKey(), allowed);
            if (score > 0) {
                entry.getValue().forEach(candidate -> scores.merge(candidate, score, Math::max));
            }
        }
        if (typed.indexOf(' ') >= 0) {
            // a whole name typed with a slip, "bete whitlaw": compare it with whole names too
            for (Candidate<T> candidate : candidates) {
                for (String key : candidate.keys()) {
                    int distance = allowed.apply(typed, key);
                    if (distance > 0) {
                        scores.merge(candidate, 500 - 100 * distance, Math::max);
                    }
                }
            }
        }
    }

    private static int typoScore(String typed, String word, LevenshteinDistance allowed) {
        if (swappedLettersMatch(typed, word)) {
            return 450;
        }
        // compare with the word, and with its start, so a typo in an unfinished word still matches
        int best = -1;
        if (Math.abs(word.length() - typed.length()) <= allowed.getThreshold()) {
            best = allowed.apply(typed, word);
        }
        int start = allowed.apply(typed, word.substring(0, Math.min(word.length(), typed.length())));
        if (start >= 0 && (best < 0 || start < best)) {
            best = start;
        }
        return best <= 0 ? 0 : 500 - 100 * best;
    }

    /**
     * Two neighbouring letters typed the wrong way round ({@code juen} for June) is the commonest typo, and an
     * edit distance counts it as two edits; undo each possible swap and look for a word that starts so.
     */
    private static boolean swappedLettersMatch(String typed, String word) {
        char[] letters = typed.toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            char[] swapped = letters.clone();
            swapped[i] = letters[i + 1];
            swapped[i + 1] = letters[i];
            if (word.startsWith(new String(swapped))) {
                return true;
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
