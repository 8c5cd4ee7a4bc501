package dev.watchparty.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a pack N times the size of a real one: every character, episode and question copied N times, and a folder
 * of ten shows, each a copy of the real one under a show id of its own. Generated for the benchmark run under
 * target/, never committed.
 *
 * <p>The strict loader must accept the copies as it accepts the original, so each copy is a show of its own within
 * the pack: its episodes are renumbered into more and longer seasons (copy {@code c} of S1E{@code e} is episode
 * {@code (c % 9) * 10 + e} of season {@code 1 + c / 9}), and every level in it (an item's {@code level}, a
 * character's {@code firstAppearance}) moves with them; its character names, aliases, episode titles and answers
 * carry the copy's number, so that no item of one copy names a character or an episode title of a later copy before
 * it is introduced (the rule of issue 10), and no two questions are the same question.
 */
final class SyntheticPacks {

    /** Copies of the season that share one synthetic season, so codes stay within S99E99 as the schema asks. */
    private static final int COPIES_PER_SEASON = 9;

    private static final Pattern EPISODE = Pattern.compile("S(\\d+)E(\\d+)");

    private static final ObjectMapper YAML = new YAMLMapper();

    private SyntheticPacks() {}

    /** A pack {@code times} the size of {@code sourcePack}, under {@code target}; rewritten on each call. */
    static Path write(Path sourcePack, int times, Path target) throws IOException {
        Path pack = target.resolve("synthetic-" + times + "x");
        Files.createDirectories(pack);
        ObjectNode show =
                (ObjectNode) YAML.readTree(sourcePack.resolve("show.yaml").toFile());
        JsonNode seasons = show.withArray("seasons");
        if (seasons.size() != 1) {
            throw new IllegalArgumentException("the source pack must have one season: " + sourcePack);
        }
        int episodesPerCopy = seasons.get(0).get("episodes").asInt();
        show.put("id", "synthetic-" + times + "x");
        ArrayNode seasonList = show.putArray("seasons");
        for (int season = 1; (season - 1) * COPIES_PER_SEASON < times; season++) {
            int copies = Math.min(COPIES_PER_SEASON, times - (season - 1) * COPIES_PER_SEASON);
            seasonList.addObject().put("season", season).put("episodes", copies * episodesPerCopy);
        }
        YAML.writeValue(pack.resolve("show.yaml").toFile(), show);

        ArrayNode characters =
                multiply(sourcePack.resolve("characters.yaml"), "characters", times, episodesPerCopy, (node, copy) -> {
                    node.put("id", node.get("id").asText() + "-" + copy);
                    node.put("name", node.get("name").asText() + " " + copy);
                    ArrayNode aliases = node.withArray("aliases");
                    for (int i = 0; i < aliases.size(); i++) {
                        aliases.set(i, aliases.get(i).asText() + " " + copy);
                    }
                    for (var relationship : node.withArray("relationships")) {
                        ((ObjectNode) relationship)
                                .put("with", relationship.get("with").asText() + "-" + copy);
                    }
                });
        write(pack.resolve("characters.yaml"), "characters", characters);
        ArrayNode episodes =
                multiply(sourcePack.resolve("episodes.yaml"), "episodes", times, episodesPerCopy, (node, copy) -> {
                    if (node.path("title").isTextual()) {
                        node.put("title", node.get("title").asText() + " " + copy);
                    }
                });
        write(pack.resolve("episodes.yaml"), "episodes", episodes);
        ArrayNode questions =
                multiply(sourcePack.resolve("trivia.yaml"), "questions", times, episodesPerCopy, (node, copy) -> {
                    node.put("id", node.get("id").asText() + "-" + copy);
                    // like the names, every answer carries its copy's number: the loader refuses two questions
                    // with the same words and the same answer as one question asked twice
                    node.put("answer", node.get("answer").asText() + " " + copy);
                    for (String list : new String[] {"wrong", "accept"}) {
                        if (node.has(list)) {
                            ArrayNode answers = node.withArray(list);
                            for (int i = 0; i < answers.size(); i++) {
                                answers.set(i, answers.get(i).asText() + " " + copy);
                            }
                        }
                    }
                });
        write(pack.resolve("trivia.yaml"), "questions", questions);
        return pack;
    }

    /**
     * A folder of {@code count} shows, each the source pack under the id {@code <its id>-<n>} and a title of its
     * own: what a bot serving several shows loads.
     */
    static Path writeShows(Path sourcePack, int count, Path target) throws IOException {
        Path folder = target.resolve(count + "-shows");
        for (int n = 1; n <= count; n++) {
            ObjectNode show =
                    (ObjectNode) YAML.readTree(sourcePack.resolve("show.yaml").toFile());
            String id = show.get("id").asText() + "-" + n;
            Path pack = folder.resolve(id);
            Files.createDirectories(pack);
            show.put("id", id);
            show.put("title", show.get("title").asText() + " " + n);
            YAML.writeValue(pack.resolve("show.yaml").toFile(), show);
            for (String file : new String[] {"characters.yaml", "episodes.yaml", "trivia.yaml"}) {
                Files.copy(
                        sourcePack.resolve(file),
                        pack.resolve(file),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }

    /** The id of the first show {@link #writeShows} writes. */
    static String firstShowId(Path sourcePack) throws IOException {
        return YAML.readTree(sourcePack.resolve("show.yaml").toFile()).get("id").asText() + "-1";
    }

    private interface Renamer {
        void rename(ObjectNode node, int copy);
    }

    private static ArrayNode multiply(Path file, String field, int times, int episodesPerCopy, Renamer renamer)
            throws IOException {
        ArrayNode original = (ArrayNode) YAML.readTree(file.toFile()).get(field);
        ArrayNode result = YAML.createArrayNode();
        for (int copy = 0; copy < times; copy++) {
            for (var item : original) {
                ObjectNode clone = item.deepCopy();
                renumber(clone, copy, episodesPerCopy);
                renamer.rename(clone, copy);
                result.add(clone);
            }
        }
        return result;
    }

    /** Moves every episode code and level in {@code node} (S1E{@code e}) into copy {@code copy}'s episodes. */
    private static void renumber(JsonNode node, int copy, int episodesPerCopy) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode value = field.getValue();
                if (value.isTextual() && isLevelField(field.getKey())) {
                    object.put(field.getKey(), moved(value.asText(), copy, episodesPerCopy));
                } else {
                    renumber(value, copy, episodesPerCopy);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> renumber(element, copy, episodesPerCopy));
        }
    }

    private static boolean isLevelField(String name) {
        return name.equals("level") || name.equals("code") || name.equals("firstAppearance");
    }

    private static String moved(String level, int copy, int episodesPerCopy) {
        Matcher episode = EPISODE.matcher(level);
        if (!episode.matches()) {
            return level; // meta, premise
        }
        int number = Integer.parseInt(episode.group(2));
        return "S" + (1 + copy / COPIES_PER_SEASON) + "E" + ((copy % COPIES_PER_SEASON) * episodesPerCopy + number);
    }

    private static void write(Path file, String field, ArrayNode items) throws IOException {
        ObjectNode root = YAML.createObjectNode();
        root.set(field, items);
        YAML.writeValue(file.toFile(), root);
    }
}
