package dev.watchparty.pack;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Ranks things by how well one of their names matches what a reader typed, forgiving small typos: an exact
 * name beats a prefix, a prefix beats a word prefix, then a substring, then two swapped letters, then a near
 * miss by edit distance ({@code bete} for Bette, one edit; two edits for longer words).
 */
final class SearchRanker<T> {

    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);
    /** Compiled once: normalizing runs on every key press and every lookup, String.replaceAll compiles each time. */
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");

    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Shorter than this, anything is a typo of something: only exact, prefix and substring matches count. */
    private static final int MIN_TYPO_LENGTH = 3;

    /**
     * An item, its normalized names, and its place in the pack. Not a record: candidates are map keys on every
     * key press, and a record would hash the whole item (a character and all its facts) each time.
     */
    private static final class Candidate<T> {
        private final T item;
        private final List<String> keys;
        private final int order;

        Candidate(T item, List<String> keys, int order) {
            this.item = item;
            this.keys = keys;
            this.order = order;
        }

        T item() {
            return item;
        }

        List<String> keys() {
            return keys;
        }

        int order() {
            return order;
        }
    }

    private record Scored<T>(T item, int score, int order) {}

    /**
     * What was typed, prepared once for a scan of the vocabulary for typos: the edits allowed, the text with each
     * pair of neighbours swapped back, and its letters.
     */
    private record Typo(String typed, LevenshteinDistance allowed, List<String> swaps, long letters) {
        static Typo of(String typed) {
            return new Typo(typed, editsAllowed(typed), swappedLetters(typed), SearchRanker.letters(typed));
        }
    }

    private final List<Candidate<T>> candidates = new ArrayList<>();
    /** Every whole name, sorted, with the candidates that have it: exact and prefix matches are a range of it. */
    private final NavigableMap<String, List<Candidate<T>>> names = new TreeMap<>();
    /** Every distinct word of every name, sorted, with the candidates that have it: word prefixes are a range. */
    private final NavigableMap<String, List<Candidate<T>>> vocabulary = new TreeMap<>();

    /** Adds an item under its names; {@code order} breaks ties (pack order, so main characters come first). */
    SearchRanker(List<T> items, Function<T, List<String>> namesOf) {
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            List<String> keys = namesOf.apply(item).stream()
                    .map(SearchRanker::normalize)
                    .distinct()
                    .toList();
            Candidate<T> candidate = new Candidate<>(item, keys, i);
            candidates.add(candidate);
            keys.forEach(
                    key -> names.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate));
            keys.stream()
                    .flatMap(key -> Arrays.stream(key.split(" ")))
                    .distinct()
                    .forEach(word -> vocabulary
                            .computeIfAbsent(word, w -> new ArrayList<>())
                            .add(candidate));
        }
    }

    /**
     * The best matches for what was typed. Exact and prefix matches are looked up in the sorted names and words;
     * a match inside a word, and typos (only when fewer than {@code limit} were found), go word by word over the
     * vocabulary. The cost grows with the number of distinct words, not of names, which is what keeps
     * autocomplete fast on a big pack.
     */
    List<T> rank(String query, int limit) {
        String typed = normalize(query);
        if (typed.isEmpty()) {
            return candidates.stream().limit(limit).map(Candidate::item).toList();
        }
        Map<Candidate<T>, Integer> scores = new HashMap<>();
        addDirectScores(typed, scores);
        if (scores.size() < limit && typed.length() >= MIN_TYPO_LENGTH) {
            addTypoScores(typed, scores);
        }
        return scores.entrySet().stream()
                .map(entry -> new Scored<>(
                        entry.getKey().item(), entry.getValue(), entry.getKey().order()))
                .sorted(Comparator.comparingInt((Scored<T> scored) -> -scored.score())
                        .thenComparingInt(Scored::order))
                .limit(limit)
                .map(Scored::item)
                .toList();
    }

    /** Exact name 1000, name prefix 900-, word prefix 800-, anywhere in a name 600; each item keeps its best. */
    private void addDirectScores(String typed, Map<Candidate<T>, Integer> scores) {
        startingWith(names, typed)
                .forEach((name, having) -> raise(
                        scores,
                        having,
                        name.equals(typed) ? 1000 : 900 - Math.min(name.length() - typed.length(), 99)));
        startingWith(vocabulary, typed)
                .forEach((word, having) -> raise(scores, having, 800 - Math.min(word.length() - typed.length(), 99)));
        if (typed.indexOf(' ') < 0) {
            // normalized names are words joined by single spaces: one word holds whatever a name holds
            vocabulary.forEach((word, having) -> {
                if (word.contains(typed)) {
                    raise(scores, having, 600);
                }
            });
        } else {
            // what follows the last space starts a word of any name that holds the text: look only at those
            String lastWord = typed.substring(typed.lastIndexOf(' ') + 1);
            each(startingWith(vocabulary, lastWord).values()).forEach(candidate -> {
                if (candidate.keys().stream().anyMatch(name -> name.contains(typed))) {
                    scores.merge(candidate, 600, Math::max);
                }
            });
        }
    }

    /** Each of these items keeps the better of its score so far and this one. */
    private static <T> void raise(Map<Candidate<T>, Integer> scores, Collection<Candidate<T>> items, int score) {
        items.forEach(candidate -> scores.merge(candidate, score, Math::max));
    }

    private static <V> SortedMap<String, V> startingWith(NavigableMap<String, V> sorted, String prefix) {
        return sorted.subMap(prefix, true, prefix + java.lang.Character.MAX_VALUE, false);
    }

    /** Swapped letters 450, one edit 400, two edits (typed words over five letters) 300. */
    private void addTypoScores(String typed, Map<Candidate<T>, Integer> scores) {
        Typo whole = Typo.of(typed);
        vocabulary.forEach((word, having) -> {
            int score = typoScore(whole, word);
            if (score > 0) {
                raise(scores, having, score);
            }
        });
        if (typed.indexOf(' ') >= 0) {
            // a whole name typed with a slip, "bete whitlaw": compared with the whole names of the items that
            // have a word like the first one typed, not with every name of the pack
            String firstWord = typed.substring(0, typed.indexOf(' '));
            Typo first = Typo.of(firstWord);
            each(vocabulary.entrySet().stream()
                            .filter(entry -> entry.getKey().startsWith(firstWord)
                                    || (firstWord.length() >= MIN_TYPO_LENGTH && typoScore(first, entry.getKey()) > 0))
                            .map(Map.Entry::getValue)
                            .toList())
                    .forEach(candidate -> {
                        for (String name : candidate.keys()) {
                            int distance = whole.allowed().apply(typed, name);
                            if (distance > 0) {
                                scores.merge(candidate, 500 - 100 * distance, Math::max);
                            }
                        }
                    });
        }
    }

    /** The letters of a text as a set of bits, 64 buckets: a letter in the text always sets its bucket's bit. */
    private static long letters(String text) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) {
            bits |= 1L << (text.charAt(i) & 63);
        }
        return bits;
    }

    /** One edit in up to five letters, two in more. */
    private static LevenshteinDistance editsAllowed(String typed) {
        return typed.length() <= 5 ? ONE_EDIT : TWO_EDITS;
    }

    /** The items of some words' lists, each once. */
    private static <T> Set<Candidate<T>> each(Collection<List<Candidate<T>>> lists) {
        Set<Candidate<T>> found = new LinkedHashSet<>();
        lists.forEach(found::addAll);
        return found;
    }

    private static int typoScore(Typo query, String word) {
        String typed = query.typed();
        LevenshteinDistance allowed = query.allowed();
        // each letter typed that the word lacks costs an edit at least: most words are ruled out without allocating
        if (Long.bitCount(query.letters() & ~letters(word)) > allowed.getThreshold()) {
            return 0;
        }
        for (String swap : query.swaps()) {
            if (word.startsWith(swap)) {
                return 450;
            }
        }
        // compare with the word, and with its start, so a typo in an unfinished word still matches
        int best = -1;
        if (Math.abs(word.length() - typed.length()) <= allowed.getThreshold()) {
            best = allowed.apply(typed, word);
        }
        if (word.length() > typed.length()) { // a shorter word is its own start, compared just above
            int start = allowed.apply(typed, word.substring(0, typed.length()));
            if (start >= 0 && (best < 0 || start < best)) {
                best = start;
            }
        }
        return best <= 0 ? 0 : 500 - 100 * best;
    }

    /**
     * Two neighbouring letters typed the wrong way round ({@code juen} for June) is the commonest typo, and an
     * edit distance counts it as two edits: what was typed with each pair of neighbours swapped back, to look for
     * a word that starts so.
     */
    private static List<String> swappedLetters(String typed) {
        List<String> swaps = new ArrayList<>();
        char[] letters = typed.toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            if (letters[i] != letters[i + 1]) {
                char[] swapped = letters.clone();
                swapped[i] = letters[i + 1];
                swapped[i + 1] = letters[i];
                swaps.add(new String(swapped));
            }
        }
        return swaps;
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        String unaccented = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return NOT_LETTERS_OR_DIGITS
                .matcher(unaccented.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
    }
}
