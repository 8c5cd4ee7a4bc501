package dev.watchparty.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What every message the bot sends to Discord must respect, checked on the JSON body the fake received: Discord's
 * size limits, no mention allowed, no live mention in the text, and no internal-error apology.
 */
final class DiscordChecks {

    /** A ping Discord would render: not escaped by a backslash. */
    static final Pattern LIVE_MENTION = Pattern.compile("(?<!\\\\)(@everyone|@here|<@!?\\d+>|<@&\\d+>)");

    private DiscordChecks() {}

    /** The problems of one message body ({@code data} of a callback, or a message create/edit body); empty if none. */
    static List<String> problems(JsonNode message) {
        List<String> problems = new ArrayList<>();
        String content = message.path("content").asText("");
        if (content.length() > 2000) {
            problems.add("content of " + content.length() + " characters");
        }
        JsonNode embeds = message.path("embeds");
        if (embeds.size() > 10) {
            problems.add(embeds.size() + " embeds");
        }
        int total = 0;
        for (JsonNode embed : embeds) {
            total += limit(problems, "embed title", embed.path("title").asText(""), 256);
            total += limit(
                    problems, "embed description", embed.path("description").asText(""), 4096);
            total += limit(
                    problems, "embed footer", embed.path("footer").path("text").asText(""), 2048);
            total += limit(
                    problems, "embed author", embed.path("author").path("name").asText(""), 256);
            JsonNode fields = embed.path("fields");
            if (fields.size() > 25) {
                problems.add(fields.size() + " embed fields");
            }
            for (JsonNode field : fields) {
                total += limit(problems, "field name", field.path("name").asText(""), 256);
                total += limit(problems, "field value", field.path("value").asText(""), 1024);
            }
        }
        if (total > 6000) {
            problems.add("embeds of " + total + " characters in all");
        }
        JsonNode rows = message.path("components");
        if (rows.size() > 5) {
            problems.add(rows.size() + " action rows");
        }
        for (JsonNode row : rows) {
            if (row.path("components").size() > 5) {
                problems.add("a row of " + row.path("components").size() + " components");
            }
            for (JsonNode component : row.path("components")) {
                String id = component.path("custom_id").asText("");
                if (id.length() > 100) {
                    problems.add("custom id of " + id.length() + " characters: " + id.substring(0, 40) + "…");
                }
                limit(problems, "button label", component.path("label").asText(""), 80);
            }
        }
        JsonNode parse = message.path("allowed_mentions").path("parse");
        if (!parse.isArray() || !parse.isEmpty()) {
            problems.add("allowed_mentions.parse is " + parse);
        }
        String text = text(message);
        java.util.regex.Matcher live = LIVE_MENTION.matcher(text);
        if (live.find()) {
            problems.add("a live mention " + live.group() + " in the text");
        }
        if (text.toLowerCase(java.util.Locale.ROOT).contains("error id")) {
            problems.add("an internal-error apology: " + content);
        }
        return problems;
    }

    /** Whether a message body carries anything a user would see (as opposed to a bare deferral). */
    static boolean isMessage(JsonNode body) {
        return body.has("content") || body.has("embeds") || body.has("components");
    }

    /** Every text of a message: content, embed title, description, fields, footer, author, button labels. */
    static String text(JsonNode message) {
        List<String> parts = new ArrayList<>(List.of(message.path("content").asText("")));
        for (JsonNode embed : message.path("embeds")) {
            parts.add(embed.path("title").asText(""));
            parts.add(embed.path("description").asText(""));
            embed.path("fields")
                    .forEach(field -> parts.add(field.path("name").asText("") + "\n"
                            + field.path("value").asText("")));
            parts.add(embed.path("footer").path("text").asText(""));
            parts.add(embed.path("author").path("name").asText(""));
        }
        for (JsonNode row : message.path("components")) {
            row.path("components").forEach(component -> {
                parts.add(component.path("label").asText(""));
                parts.add(component.path("placeholder").asText(""));
                component
                        .path("options")
                        .forEach(option -> parts.add(option.path("label").asText("") + "\n"
                                + option.path("description").asText("")));
            });
        }
        return String.join("\n", parts);
    }

    private static int limit(List<String> problems, String what, String text, int max) {
        if (text.length() > max) {
            problems.add(what + " of " + text.length() + " characters (max " + max + ")");
        }
        return text.length();
    }
}
