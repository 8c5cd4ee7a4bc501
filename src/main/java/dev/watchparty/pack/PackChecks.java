package dev.watchparty.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a JSON Schema cannot express: references between files, uniqueness across a pack, levels past the
 * show's last episode, and trivia whose wrong answers give the right one away. Works on the location-aware
 * trees, so it runs even where a file also has shape errors, and every error points at its line.
 */
final class PackChecks {

    private static final Set<String> SOURCE_LISTS = Set.of("sources", "metaSources", "actorSources", "titleSources");
    private static final Set<String> LEVEL_FIELDS = Set.of("level", "firstAppearance", "code");

    private final Map<PackFile, PackFile.Tree> trees;
    private final List<PackError> errors = new ArrayList<>();

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
        Optional.ofNullable(trees.get(PackFile.EPISODES)).ifPresent(episodes ->
                uniqueValues(episodes, episodes.root().path("episodes"), "episodes", "code", "episode"));
        Optional.ofNullable(trees.get(PackFile.TRIVIA)).ifPresent(this::checkTrivia);
        return errors;
    }

    private void checkSourceIds(PackFile.Tree tree, String path, JsonNode list, Set<String> sourceIds) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = list.get(i);
            if (id.isTextual() && !sourceIds.contains(id.asText())) {
                add(tree, id, path + "[" + i + "]",
                        "source '" + id.asText() + "' is not in the sources list of " + PackFile.SHOW.fileName());
            }
        }
    }

    private void checkLevelWithinShow(PackFile.Tree tree, String path, JsonNode node, List<Season> seasons) {
        SpoilerLevel.tryParse(node.asText()).filter(level -> !Season.contains(seasons, level)).ifPresent(level ->
                add(tree, node, path, level + " is past the show's episodes (the last is "
                        + Season.lastEpisode(seasons) + ")"));
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
    private void checkName(PackFile.Tree tree, JsonNode name, String path, String characterId,
            Map<String, String> ownerOfName, Set<String> ownNames) {
        if (!name.isTextual()) {
            return;
        }
        String key = normalize(name.asText());
        if (!ownNames.add(key)) {
            return;
        }
        String owner = ownerOfName.putIfAbsent(key, characterId);
        if (owner != null) {
            add(tree, name, path, "'" + name.asText() + "' already names character '" + owner
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
                    add(tree, wrong.get(w), wrongPath, "wrong answer '" + wrong.get(w).asText()
                            + "' is the right answer (or an accepted spelling of it)");
                } else if (!seenWrong.add(answer)) {
                    add(tree, wrong.get(w), wrongPath, "wrong answer '" + wrong.get(w).asText() + "' is repeated");
                }
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
            if (!season.path("season").canConvertToInt() || !season.path("episodes").canConvertToInt()) {
                return Optional.empty();
            }
            parsed.add(new Season(season.path("season").asInt(), season.path("episodes").asInt()));
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
                path.append(path.length() == 0 ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
