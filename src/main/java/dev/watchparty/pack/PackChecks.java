package dev.watchparty.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks a JSON Schema cannot express: references between files, uniqueness across a pack, levels past the
 * show's last episode, items that name a character before a viewer has met them, trivia whose wrong answers give
 * the right one away or overlap it, and questions asked twice in other words. Works on the location-aware trees,
 * so it runs even where a file also has shape errors, and every error points at its line.
 */
final class PackChecks {

    private static final Set<String> SOURCE_LISTS = Set.of("sources", "metaSources", "actorSources", "titleSources");
    /** A word as names are matched: a run of letters and digits (so "Neveah's" holds the word "Neveah"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    // compiled once: the checks normalize every choice and line of a pack, and String.replaceAll compiles each time
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Set<String> LEVEL_FIELDS = Set.of("level", "firstAppearance", "code");

    /**
     * Two questions with the same answer are the same question in other words when at least this share of their
     * words is common to both (Jaccard similarity of their word sets, lower-cased, punctuation dropped). At 0.8 a
     * word added to or dropped from a question, or one word swapped in a question of nine words or more, is
     * caught; two genuinely different questions with the same answer ask about different moments and share far
     * fewer words (in the shipped pack the closest such pair, two questions answered "Shane", shares under a
     * quarter), so they pass. A swapped word in a short question slips through: authors review the rest.
     */
    static final double NEAR_DUPLICATE_SIMILARITY = 0.8;

    private final Map<PackFile, PackFile.Tree> trees;
    private final List<PackError> errors = new ArrayList<>();
    /** Characters and episode titles by the words of their names, for the check of what each item names. */
    private NameIndex names;

    PackChecks(Map<PackFile, PackFile.Tree> trees) {
        this.trees = trees;
    }

    /** Runs every check the files read so far allow: without show.yaml, references cannot be resolved. */
    List<PackError> run() {
        PackFile.Tree show = trees.get(PackFile.SHOW);
        if (show != null) {
            Set<String> sourceIds = uniqueValues(show, show.root().path("sources"), "sources", "id", "source id");
            Optional<List<Season>> seasons = seasonsOf(show.root());
            for (PackFile.Tree tree : trees.values()) {
                walk(tree.root(), "", (path, name, node) -> {
                    if (SOURCE_LISTS.contains(name) && node.isArray()) {
                        checkSourceIds(tree, path, node, sourceIds);
                    }
                    if (LEVEL_FIELDS.contains(name) && node.isTextual()) {
                        seasons.ifPresent(s -> checkLevelWithinShow(tree, path, node, s));
                    }
                });
            }
        }
        Optional.ofNullable(trees.get(PackFile.CHARACTERS)).ifPresent(this::checkCharacters);
        Optional.ofNullable(trees.get(PackFile.EPISODES))
                .ifPresent(episodes ->
                        uniqueValues(episodes, episodes.root().path("episodes"), "episodes", "code", "episode"));
        Optional.ofNullable(trees.get(PackFile.TRIVIA)).ifPresent(this::checkTrivia);
        Optional.ofNullable(trees.get(PackFile.CHARACTERS)).ifPresent(this::checkNamesAgainstLevels);
        return errors;
    }

    private void checkSourceIds(PackFile.Tree tree, String path, JsonNode list, Set<String> sourceIds) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i);
            if (id.isTextual() && !sourceIds.contains(id.asText())) {
                add(
                        tree,
                        id,
                        path + "[" + i + "]",
                        "source '" + id.asText() + "' is not in the sources list of " + PackFile.SHOW.fileName());
            }
        }
    }

    private void checkLevelWithinShow(PackFile.Tree tree, String path, JsonNode node, List<Season> seasons) {
        SpoilerLevel.tryParse(node.asText())
                .filter(level -> !Season.contains(seasons, level))
                .ifPresent(level -> add(
                        tree,
                        node,
                        path,
                        level + " is past the show's episodes (the last is " + Season.lastEpisode(seasons) + ")"));
    }

    private void checkCharacters(PackFile.Tree tree) {
        JsonNode characters = tree.root().path("characters");
        Set<String> ids = uniqueValues(tree, characters, "characters", "id", "character id");
        Map<String, String> ownerOfName = new HashMap<>();
        for (int i = 0; i < characters.size(); i++) {
            JsonNode character = characters.get(i);
            String path = "characters[" + i + "]";
            String id = character.path("id").asText();
            Set<String> ownNames = new HashSet<>();
            checkName(tree, character.path("name"), child(path, "name"), id, ownerOfName, ownNames);
            JsonNode aliases = character.path("aliases");
            for (int a = 0; a < aliases.size(); a++) {
                checkName(tree, aliases.get(a), path + ".aliases[" + a + "]", id, ownerOfName, ownNames);
            }
            JsonNode relationships = character.path("relationships");
            for (int r = 0; r < relationships.size(); r++) {
                JsonNode with = relationships.get(r).path("with");
                String withPath = path + ".relationships[" + r + "].with";
                if (with.isTextual() && !ids.contains(with.asText())) {
                    add(tree, with, withPath, "no character has the id '" + with.asText() + "'");
                } else if (with.asText().equals(id)) {
                    add(tree, with, withPath, "a character cannot have a relationship with itself");
                }
            }
        }
    }

    /** A name or alias must find one character only; repeats within one character are harmless. */
    private void checkName(
            PackFile.Tree tree,
            JsonNode name,
            String path,
            String characterId,
            Map<String, String> ownerOfName,
            Set<String> ownNames) {
        if (!name.isTextual()) {
            return;
        }
        String key = normalize(name.asText());
        if (!ownNames.add(key)) {
            return;
        }
        String owner = ownerOfName.putIfAbsent(key, characterId);
        if (owner != null) {
            add(
                    tree,
                    name,
                    path,
                    "'" + name.asText() + "' already names character '" + owner
                            + "': a name or alias must find one character only");
        }
    }

    private void checkTrivia(PackFile.Tree tree) {
        JsonNode questions = tree.root().path("questions");
        uniqueValues(tree, questions, "questions", "id", "question id");
        for (int i = 0; i < questions.size(); i++) {
            JsonNode question = questions.get(i);
            String path = "questions[" + i + "]";
            Set<String> rightAnswers = new HashSet<>();
            rightAnswers.add(normalize(question.path("answer").asText()));
            question.path("accept").forEach(accepted -> rightAnswers.add(normalize(accepted.asText())));
            Set<String> seenWrong = new HashSet<>();
            JsonNode wrong = question.path("wrong");
            for (int w = 0; w < wrong.size(); w++) {
                String answer = normalize(wrong.get(w).asText());
                String wrongPath = path + ".wrong[" + w + "]";
                if (rightAnswers.contains(answer)) {
                    add(
                            tree,
                            wrong.get(w),
                            wrongPath,
                            "wrong answer '" + wrong.get(w).asText()
                                    + "' is the right answer (or an accepted spelling of it)");
                } else if (!seenWrong.add(answer)) {
                    add(
                            tree,
                            wrong.get(w),
                            wrongPath,
                            "wrong answer '" + wrong.get(w).asText() + "' is repeated");
                } else {
                    JsonNode choice = wrong.get(w);
                    overlapWithRight(question, choice.asText())
                            .ifPresent(problem -> add(tree, choice, wrongPath, problem));
                }
            }
        }
        checkNearDuplicateQuestions(tree, questions);
    }

    /**
     * A wrong answer that is part of the right answer or of an accepted one, or holds one of them ("4 December
     * 2020" inside "14 December 2020", "Caleb" beside "Caleb Wick"), reads as a trick or as half right. Compared
     * after {@link #plain} normalizing; the shorter must meet the start or the end of a word of the longer, so a
     * fragment deep inside a word ("LA" in "Atlanta") is no overlap.
     */
    private static Optional<String> overlapWithRight(JsonNode question, String wrong) {
        List<Map.Entry<String, String>> rights = new ArrayList<>();
        rights.add(Map.entry("the right answer", question.path("answer").asText()));
        question.path("accept").forEach(accepted -> rights.add(Map.entry("the accepted answer", accepted.asText())));
        String plainWrong = plain(wrong);
        for (Map.Entry<String, String> right : rights) {
            String plainRight = plain(right.getValue());
            if (plainWrong.isEmpty() || plainRight.isEmpty()) {
                continue;
            }
            String which = right.getKey() + " '" + right.getValue() + "'";
            if (containsAtWordEdge(plainRight, plainWrong)) {
                return Optional.of("wrong answer '" + wrong + "' is part of " + which);
            }
            if (containsAtWordEdge(plainWrong, plainRight)) {
                return Optional.of("wrong answer '" + wrong + "' contains " + which);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code part} occurs in {@code whole} with at least one of its ends on the edge of a word. */
    private static boolean containsAtWordEdge(String whole, String part) {
        for (int at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
            int end = at + part.length();
            boolean startsWord = at == 0 || !isWordChar(whole.charAt(at - 1)) || !isWordChar(part.charAt(0));
            boolean endsWord = end == whole.length()
                    || !isWordChar(whole.charAt(end))
                    || !isWordChar(part.charAt(part.length() - 1));
            if (startsWord || endsWord) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return java.lang.Character.isLetterOrDigit(c);
    }

    /**
     * Two questions with the same answer whose wording is nearly the same (see {@link #NEAR_DUPLICATE_SIMILARITY})
     * would be asked twice in one round; the later one is reported, naming the earlier.
     */
    private void checkNearDuplicateQuestions(PackFile.Tree tree, JsonNode questions) {
        Map<String, List<Integer>> byAnswer = new LinkedHashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            JsonNode question = questions.get(i);
            if (!question.path("answer").isTextual()
                    || !question.path("question").isTextual()) {
                continue;
            }
            String answer = plain(question.path("answer").asText());
            List<Integer> earlier = byAnswer.computeIfAbsent(answer, key -> new ArrayList<>());
            Set<String> words = words(question.path("question").asText());
            for (int e : earlier) {
                JsonNode other = questions.get(e);
                if (jaccard(words, words(other.path("question").asText())) >= NEAR_DUPLICATE_SIMILARITY) {
                    add(
                            tree,
                            question.path("question"),
                            "questions[" + i + "].question",
                            "nearly the same question as '" + other.path("id").asText() + "' (questions[" + e
                                    + "]), with the same answer '"
                                    + question.path("answer").asText()
                                    + "': drop one, or make them ask different things");
                    break;
                }
            }
            earlier.add(i);
        }
    }

    private static Set<String> words(String text) {
        String plain = plain(text);
        return plain.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(plain.split(" ")));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }

    /** Lower case, apostrophes dropped ("Cassie's" is "cassies"), any other punctuation a space, spaces collapsed. */
    private static String plain(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return NOT_LETTERS_OR_DIGITS
                .matcher(APOSTROPHES.matcher(lower).replaceAll(""))
                .replaceAll(" ")
                .strip();
    }

    // ------------------------------------------------------------------ what the words say

    /** A character as the name check sees them: who, from when, and how the text may name them. */
    private record Person(String id, String name, SpoilerLevel introducedAt, Pattern mention, List<String> names) {

        Person {
            names = List.copyOf(names);
        }

        /** The first place the text names this person (by name or alias, whole word, case as written), if any. */
        Optional<String> namedIn(String text) {
            Matcher matcher = mention.matcher(text);
            return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
        }
    }

    /**
     * Every item's level must be at or after the {@link Character#introducedAt() introduction} of each character
     * it names: by name or alias (a whole word, with the case as written, so "Neveah's" names Neveah and "Dorado"
     * does not name Dora), or implicitly, as a character's own role, facts and relationships name that character
     * and a relationship names its {@code with} character too.
     */
    private void checkNamesAgainstLevels(PackFile.Tree characterTree) {
        Map<String, Person> people = people(characterTree.root().path("characters"));
        Optional.ofNullable(trees.get(PackFile.EPISODES))
                .ifPresent(episodes -> people.putAll(titles(episodes.root().path("episodes"))));
        if (people.isEmpty()) {
            return;
        }
        names = new NameIndex(people.values());
        Optional.ofNullable(trees.get(PackFile.SHOW)).ifPresent(show -> {
            JsonNode root = show.root();
            checkItem(show, root.path("synopsis"), "synopsis", people, List.of(), null);
            forEach(root.path("facts"), "facts", (fact, path) -> checkItem(show, fact, path, people, List.of(), null));
        });
        JsonNode characters = characterTree.root().path("characters");
        for (int i = 0; i < characters.size(); i++) {
            JsonNode character = characters.get(i);
            String path = "characters[" + i + "]";
            List<String> own = List.of(character.path("id").asText());
            checkItem(characterTree, character.path("role"), path + ".role", people, own, null);
            forEach(
                    character.path("relationships"),
                    path + ".relationships",
                    (relationship, itemPath) ->
                            checkItem(characterTree, relationship, itemPath, people, own, relationship.path("with")));
            forEach(
                    character.path("facts"),
                    path + ".facts",
                    (fact, itemPath) -> checkItem(characterTree, fact, itemPath, people, own, null));
        }
        Optional.ofNullable(trees.get(PackFile.EPISODES))
                .ifPresent(episodes -> forEach(episodes.root().path("episodes"), "episodes", (episode, path) -> {
                    // a title is shown wherever its episode is, so its level is the episode's code
                    level(episode.path("code"))
                            .ifPresent(
                                    code -> checkText(episodes, episode.path("title"), path + ".title", code, people));
                    checkItem(episodes, episode.path("synopsis"), path + ".synopsis", people, List.of(), null);
                    forEach(
                            episode.path("recap"),
                            path + ".recap",
                            (line, linePath) -> checkItem(episodes, line, linePath, people, List.of(), null));
                }));
        Optional.ofNullable(trees.get(PackFile.TRIVIA))
                .ifPresent(trivia -> forEach(
                        trivia.root().path("questions"),
                        "questions",
                        (question, path) -> level(question.path("level")).ifPresent(level -> {
                            // the answer, accepted spellings and wrong answers are shown with the question
                            checkText(trivia, question.path("question"), path + ".question", level, people);
                            checkText(trivia, question.path("answer"), path + ".answer", level, people);
                            forEach(
                                    question.path("accept"),
                                    path + ".accept",
                                    (accepted, acceptedPath) ->
                                            checkText(trivia, accepted, acceptedPath, level, people));
                            forEach(
                                    question.path("wrong"),
                                    path + ".wrong",
                                    (wrong, wrongPath) -> checkText(trivia, wrong, wrongPath, level, people));
                        })));
    }

    /**
     * Episode titles, which the bot shows only from their own episode on (a title in a button or a suggestion
     * cannot be tagged): an item before that episode may not name one either.
     */
    private static Map<String, Person> titles(JsonNode episodes) {
        Map<String, Person> titles = new LinkedHashMap<>();
        for (JsonNode episode : episodes) {
            Optional<SpoilerLevel> code = level(episode.path("code"));
            if (code.isPresent()
                    && episode.path("title").isTextual()
                    && !episode.path("title").asText().isBlank()) {
                String title = episode.path("title").asText();
                Pattern mention = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(title) + "(?![\\p{L}\\p{N}])");
                titles.put(
                        "episode " + code.get(),
                        new Person(
                                "episode " + code.get(),
                                "the title of " + code.get(),
                                code.get(),
                                mention,
                                List.of(title)));
            }
        }
        return titles;
    }

    /** Characters with a readable introduction, by id; the schema reports those without one. */
    private static Map<String, Person> people(JsonNode characters) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (JsonNode character : characters) {
            String id = character.path("id").asText();
            boolean knownFromPremise = character.path("knownFromPremise").isBoolean()
                    && character.path("knownFromPremise").booleanValue();
            Optional<SpoilerLevel> introducedAt =
                    knownFromPremise ? Optional.of(SpoilerLevel.META) : level(character.path("firstAppearance"));
            List<String> names = new ArrayList<>();
            if (character.path("name").isTextual()) {
                names.add(character.path("name").asText());
            }
            character.path("aliases").forEach(alias -> {
                if (alias.isTextual()) {
                    names.add(alias.asText());
                }
            });
            names.removeIf(String::isBlank);
            if (id.isEmpty() || introducedAt.isEmpty() || names.isEmpty() || people.containsKey(id)) {
                continue;
            }
            // longest first, so that "Caleb Wick" is reported rather than the "Caleb" inside it
            String alternatives = names.stream()
                    .distinct()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"));
            Pattern mention = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
            people.put(id, new Person(id, names.get(0), introducedAt.get(), mention, names));
        }
        return people;
    }

    /**
     * One item with its own level ({@code text}, {@code level}): every character its text names, and the ones it
     * is about without naming them ({@code own}, and a relationship's {@code with}), must be known at that level.
     */
    private void checkItem(
            PackFile.Tree tree,
            JsonNode item,
            String path,
            Map<String, Person> people,
            List<String> own,
            JsonNode with) {
        Optional<SpoilerLevel> level = level(item.path("level"));
        if (level.isEmpty()) {
            return;
        }
        Set<String> named = checkText(tree, item.path("text"), child(path, "text"), level.get(), people);
        for (String id : own) {
            Person person = people.get(id);
            if (person != null && !named.contains(id) && person.introducedAt().isAbove(level.get())) {
                add(
                        tree,
                        item.path("level"),
                        child(path, "level"),
                        "the item is about " + person.name() + ", first seen in " + person.introducedAt()
                                + ", but its level is " + level.get());
                named.add(id);
            }
        }
        if (with != null && with.isTextual()) {
            Person person = people.get(with.asText());
            if (person != null
                    && !named.contains(person.id())
                    && person.introducedAt().isAbove(level.get())) {
                add(
                        tree,
                        with,
                        child(path, "with"),
                        "the relationship is with " + person.name() + ", first seen in " + person.introducedAt()
                                + ", but its level is " + level.get());
            }
        }
    }

    /** Reports each character the text names before their introduction; returns the ids it names too early. */
    private Set<String> checkText(
            PackFile.Tree tree, JsonNode text, String path, SpoilerLevel level, Map<String, Person> people) {
        Set<String> reported = new HashSet<>();
        if (!text.isTextual()) {
            return reported;
        }
        for (Person person : names.candidatesIn(text.asText())) {
            if (!person.introducedAt().isAbove(level)) {
                continue;
            }
            person.namedIn(text.asText()).ifPresent(word -> {
                add(
                        tree,
                        text,
                        path,
                        "names " + person.name() + " ('" + word + "'), first seen in " + person.introducedAt()
                                + ", in an item at " + level);
                reported.add(person.id());
            });
        }
        return reported;
    }

    /**
     * Who a text may name, found by its words rather than by matching every name against every text: each name is
     * filed under its rarest word, and a person is a candidate for a text only when every word of one of their names
     * is in it. Only candidates are then matched exactly, so the check grows with the pack's size, not with its items
     * times its people.
     */
    private static final class NameIndex {

        /** One name of a person, and its words. */
        private record Name(Person person, Set<String> words) {}

        private final Map<String, List<Name>> byRarestWord = new HashMap<>();
        /** Names without a letter or digit, which no word finds: a candidate for every text. */
        private final List<Name> wordless = new ArrayList<>();
        /** Where each person comes in the check, so that a text's errors come in that order, whatever its own. */
        private final Map<Person, Integer> order = new IdentityHashMap<>();

        NameIndex(Collection<Person> people) {
            Map<String, Integer> frequency = new HashMap<>();
            people.forEach(person -> person.names()
                    .forEach(name -> words(name).forEach(word -> frequency.merge(word, 1, Integer::sum))));
            for (Person person : people) {
                order.put(person, order.size());
                for (String name : person.names()) {
                    Name filed = new Name(person, words(name));
                    filed.words().stream()
                            .min(Comparator.comparing((String word) -> frequency.get(word))
                                    .thenComparing(Comparator.naturalOrder()))
                            .ifPresentOrElse(
                                    rarest -> byRarestWord
                                            .computeIfAbsent(rarest, any -> new ArrayList<>())
                                            .add(filed),
                                    () -> wordless.add(filed));
                }
            }
        }

        /** The people one of whose names has all its words in {@code text}, in the order the check goes. */
        List<Person> candidatesIn(String text) {
            Set<String> words = words(text);
            // by identity: a person's record hash would walk its pattern and names on every lookup
            Set<Person> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
            wordless.forEach(name -> candidates.add(name.person()));
            for (String word : words) {
                for (Name name : byRarestWord.getOrDefault(word, List.of())) {
                    if (words.containsAll(name.words())) {
                        candidates.add(name.person());
                    }
                }
            }
            return candidates.stream().sorted(Comparator.comparing(order::get)).toList();
        }

        /** The words of a text as names are matched: runs of letters and digits, case as written. */
        private static Set<String> words(String text) {
            Set<String> words = new HashSet<>();
            Matcher word = WORD.matcher(text);
            while (word.find()) {
                words.add(word.group());
            }
            return words;
        }
    }

    private static Optional<SpoilerLevel> level(JsonNode node) {
        return node.isTextual() ? SpoilerLevel.tryParse(node.asText()) : Optional.empty();
    }

    private interface ElementVisitor {
        void visit(JsonNode element, String path);
    }

    private static void forEach(JsonNode list, String path, ElementVisitor visitor) {
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                visitor.visit(list.get(i), path + "[" + i + "]");
            }
        }
    }

    /** Collects {@code list[*].field}, reporting every repeat; returns the distinct values. */
    private Set<String> uniqueValues(PackFile.Tree tree, JsonNode list, String listPath, String field, String what) {
        Set<String> values = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode value = list.get(i).path(field);
            if (value.isTextual() && !values.add(value.asText())) {
                add(tree, value, listPath + "[" + i + "]." + field, "duplicate " + what + " '" + value.asText() + "'");
            }
        }
        return values;
    }

    private static Optional<List<Season>> seasonsOf(JsonNode showRoot) {
        JsonNode seasons = showRoot.path("seasons");
        List<Season> parsed = new ArrayList<>();
        for (JsonNode season : seasons) {
            if (!season.path("season").canConvertToInt()
                    || !season.path("episodes").canConvertToInt()) {
                return Optional.empty();
            }
            parsed.add(new Season(
                    season.path("season").asInt(), season.path("episodes").asInt()));
        }
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parsed);
    }

    private interface FieldVisitor {
        void visit(String path, String fieldName, JsonNode value);
    }

    private static void walk(JsonNode node, String path, FieldVisitor visitor) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String fieldPath = child(path, field.getKey());
                visitor.visit(fieldPath, field.getKey(), field.getValue());
                walk(field.getValue(), fieldPath, visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    private void add(PackFile.Tree tree, JsonNode node, String path, String message) {
        errors.add(errorAt(tree.path(), node, path, message));
    }

    static PackError errorAt(Path file, JsonNode node, String field, String message) {
        JsonLocation location = PackLoader.locationOf(node);
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
        return new PackError(file, line, column, field, message);
    }

    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Turns the validator's instance pointer ({@code /characters/3/name}) into {@code characters[3].name}. */
    static String fieldPath(String instancePointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : instancePointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(java.lang.Character::isDigit)) {
                path.append('[').append(segment).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".")
                        .append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    private static String normalize(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
