package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message the bot sent, read as Discord shows it, whatever its kind: a classic one (content, embeds, action
 * rows) or a Components V2 one (text displays, at the top or in a container, with rows and sections in it). It
 * reads a callback's {@code data}, a message's create or edit body, or a message as the fake stores it. Tests read
 * replies through it, so they hold for both kinds.
 */
public final class MessageView {

    private static final int BUTTON = 2;
    private static final int TEXT_DISPLAY = 10;
    private static final int CONTAINER = 17;
    private static final String HEADING = "## ";
    private static final String FIELD_HEADING = "### ";

    private final JsonNode message;

    private MessageView(JsonNode message) {
        this.message = message;
    }

    public static MessageView of(JsonNode message) {
        return new MessageView(message);
    }

    /** The message an interaction's callback carries ({@code data}). */
    public static MessageView ofCallback(JsonNode callback) {
        return of(callback.path("data"));
    }

    public boolean componentsV2() {
        return (message.path("flags").asInt(0) & MessageRules.IS_COMPONENTS_V2) != 0;
    }

    /** The title: the first embed's, or the heading that opens a container; empty if none. */
    public String title() {
        for (JsonNode embed : message.path("embeds")) {
            return embed.path("title").asText("");
        }
        return containers().stream()
                .map(container -> container.path("components").path(0))
                .filter(first -> first.path("type").asInt() == TEXT_DISPLAY)
                .map(first -> first.path("content").asText("").split("\n", 2)[0])
                .filter(line -> line.startsWith(HEADING))
                .map(line -> line.substring(HEADING.length()))
                .findFirst()
                .orElse("");
    }

    /** What stands under a heading: an embed field's value by its name, or a text display headed {@code ### name}. */
    public Optional<String> part(String heading) {
        for (JsonNode embed : message.path("embeds")) {
            for (JsonNode field : embed.path("fields")) {
                if (field.path("name").asText("").equals(heading)) {
                    return Optional.of(field.path("value").asText(""));
                }
            }
        }
        String start = FIELD_HEADING + heading + "\n";
        return textDisplays().stream()
                .filter(text -> text.startsWith(start))
                .map(text -> text.substring(start.length()))
                .findFirst();
    }

    /**
     * Every text shown where a spoiler tag works: the content, embed descriptions and field values, and every text
     * display (its headings and small print too).
     */
    public List<String> taggable() {
        List<String> texts = new ArrayList<>();
        add(texts, message.path("content"));
        for (JsonNode embed : message.path("embeds")) {
            add(texts, embed.path("description"));
            embed.path("fields").forEach(field -> add(texts, field.path("value")));
        }
        texts.addAll(textDisplays());
        return texts;
    }

    /**
     * Every text shown where no spoiler tag works: embed titles, authors, footers and field names, button labels,
     * menu placeholders and options.
     */
    public List<String> untaggable() {
        List<String> texts = new ArrayList<>();
        for (JsonNode embed : message.path("embeds")) {
            add(texts, embed.path("title"));
            add(texts, embed.path("author").path("name"));
            add(texts, embed.path("footer").path("text"));
            embed.path("fields").forEach(field -> add(texts, field.path("name")));
        }
        for (JsonNode component : everyComponent()) {
            add(texts, component.path("label"));
            add(texts, component.path("placeholder"));
            component.path("options").forEach(option -> {
                add(texts, option.path("label"));
                add(texts, option.path("description"));
            });
        }
        return texts;
    }

    /** All a reader sees, tagged or not, one text per line. */
    public String text() {
        List<String> all = new ArrayList<>(taggable());
        all.addAll(untaggable());
        return String.join("\n", all);
    }

    /** Every button, in the order shown, wherever it sits (a row, a container's row, a section's accessory). */
    public List<JsonNode> buttons() {
        return everyComponent().stream()
                .filter(component -> component.path("type").asInt() == BUTTON)
                .toList();
    }

    /** The custom ids of every button and menu, in the order shown. */
    public List<String> customIds() {
        return everyComponent().stream()
                .map(component -> component.path("custom_id").asText(""))
                .filter(id -> !id.isEmpty())
                .toList();
    }

    /** The top-level containers. */
    public List<JsonNode> containers() {
        List<JsonNode> containers = new ArrayList<>();
        message.path("components").forEach(component -> {
            if (component.path("type").asInt() == CONTAINER) {
                containers.add(component);
            }
        });
        return containers;
    }

    /** Every component, depth first in the order shown, nested ones and section accessories included. */
    private List<JsonNode> everyComponent() {
        List<JsonNode> all = new ArrayList<>();
        collect(message.path("components"), all);
        return all;
    }

    private List<String> textDisplays() {
        return everyComponent().stream()
                .filter(component -> component.path("type").asInt() == TEXT_DISPLAY)
                .map(component -> component.path("content").asText(""))
                .toList();
    }

    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            collect(component.path("components"), into);
            if (component.path("accessory").isObject()) {
                into.add(component.path("accessory"));
            }
        }
    }

    private static void add(List<String> texts, JsonNode node) {
        if (node.isTextual() && !node.asText().isEmpty()) {
            texts.add(node.asText());
        }
    }

    @Override
    public String toString() {
        return message.toString();
    }
}
