package dev.watchparty.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a pack N times the size of a real one: every character, episode and question copied N times with
 * renamed ids and names, and its episodes renumbered into more and longer seasons, so the strict loader
 * accepts it. Generated for the
 * benchmark run under target/, never committed.
 */
final class SyntheticPacks {

    /** Copies of the season that share one synthetic season, so codes stay within S99E99 as the schema asks. */
    private static final int COPIES_PER_SEASON = 9;

    private static final ObjectMapper YAML = new YAMLMapper();

    private SyntheticPacks() {}

    static Path write(Path sourcePack, int times, Path target) throws IOException {
        Path pack = target.resolve("synthetic-" + times + "x");
        Files.createDirectories(pack);
        ObjectNode show =
                (ObjectNode) YAML.readTree(sourcePack.resolve("show.yaml").toFile());
        int episodesPerCopy = show.withArray("seasons").get(0).get("episodes").asInt();
        show.put("id", "synthetic-" + times + "x");
        ArrayNode seasonList = show.putArray("seasons");
        for (int season = 1; (season - 1) * COPIES_PER_SEASON < times; season++) {
            int copies = Math.min(COPIES_PER_SEASON, times - (season - 1) * COPIES_PER_SEASON);
            seasonList.addObject().put("season", season).put("episodes", copies * episodesPerCopy);
        }
        YAML.writeValue(pack.resolve("show.yaml").toFile(), show);

        ArrayNode characters = multiply(sourcePack.resolve("characters.yaml"), "characters", times, (node, copy) -> {
            node.put("id", node.get("id").asText() + "-" + copy);
            node.put("name", node.get("name").asText() + " " + copy);
            ArrayNode aliases = node.withArray("aliases");
            for (int i = 0; i < aliases.size(); i++) {
                aliases.set(i, aliases.get(i).asText() + " " + copy);
            }
            for (var relationship : node.withArray("relationships")) {
                ((ObjectNode) relationship).put("with", relationship.get("with").asText() + "-" + copy);
            }
        });
        write(pack.resolve("characters.yaml"), "characters", characters);
        ArrayNode episodes = multiply(sourcePack.resolve("episodes.yaml"), "episodes", times, (node, copy) -> {
            int episode = Integer.parseInt(node.get("code").asText().replaceFirst("^S\\d+E", ""));
            node.put(
                    "code",
                    "S" + (1 + copy / COPIES_PER_SEASON) + "E"
                            + ((copy % COPIES_PER_SEASON) * episodesPerCopy + episode));
        });
        write(pack.resolve("episodes.yaml"), "episodes", episodes);
        ArrayNode questions = multiply(sourcePack.resolve("trivia.yaml"), "questions", times, (node, copy) -> {
            node.put("id", node.get("id").asText() + "-" + copy);
            // like the names, every answer carries its copy's number: the loader refuses two questions with
            // the same words and the same answer as one question asked twice
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

    private interface Renamer {
        void rename(ObjectNode node, int copy);
    }

    private static ArrayNode multiply(Path file, String field, int times, Renamer renamer) throws IOException {
        ArrayNode original = (ArrayNode) YAML.readTree(file.toFile()).get(field);
        ArrayNode result = YAML.createArrayNode();
        for (int copy = 0; copy < times; copy++) {
            for (var item : original) {
                ObjectNode clone = item.deepCopy();
                renamer.rename(clone, copy);
                result.add(clone);
            }
        }
        return result;
    }

    private static void write(Path file, String field, ArrayNode items) throws IOException {
        ObjectNode root = YAML.createObjectNode();
        root.set(field, items);
        YAML.writeValue(file.toFile(), root);
    }
}
