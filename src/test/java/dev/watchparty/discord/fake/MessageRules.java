package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Discord refuses in a message the bot sends (a channel message, an interaction's answer, a follow-up, an
 * edit), checked on the JSON as Discord checks it: a classic message (content, embeds, up to 5 action rows) or a
 * Components V2 one (flag {@link #IS_COMPONENTS_V2}: no content or embeds, at most 40 components counting nested
 * ones, at most 4,000 characters across its text displays). Each problem names its field as Discord does, so the
 * fake can answer 400 with Discord's error body.
 */
public final class MessageRules {

    /** The message flag that makes a message a Components V2 one; it can never be removed by an edit. */
    public static final int IS_COMPONENTS_V2 = 1 << 15;

    private static final int SUPPRESS_EMBEDS = 1 << 2;
    /** The only flags an edit may change; the others (ephemeral, loading…) are the message's own. */
    static final int EDITABLE_FLAGS = SUPPRESS_EMBEDS | IS_COMPONENTS_V2;

    private static final int ACTION_ROW = 1;
    private static final int BUTTON = 2;
    private static final int STRING_SELECT = 3;
    private static final int SECTION = 9;
    private static final int TEXT_DISPLAY = 10;
    private static final int THUMBNAIL = 11;
    private static final int MEDIA_GALLERY = 12;
    private static final int SEPARATOR = 14;
    private static final int CONTAINER = 17;
    /** User, role, mentionable and channel selects: valid in a row, never sent by this bot. */
    private static final Set<Integer> SELECTS = Set.of(STRING_SELECT, 5, 6, 7, 8);

    private static final Set<Integer> CLASSIC_TOP_LEVEL = Set.of(ACTION_ROW);
    private static final Set<Integer> V2_TOP_LEVEL =
            Set.of(ACTION_ROW, SECTION, TEXT_DISPLAY, MEDIA_GALLERY, SEPARATOR, CONTAINER);
    private static final Set<Integer> IN_CONTAINER =
            Set.of(ACTION_ROW, SECTION, TEXT_DISPLAY, MEDIA_GALLERY, SEPARATOR);
    private static final Set<Integer> ACCESSORIES = Set.of(BUTTON, THUMBNAIL);
    private static final Set<Integer> IN_ROW = Set.of(BUTTON, STRING_SELECT, 5, 6, 7, 8);

    private static final int V2_COMPONENTS = 40;
    private static final int V2_TEXT = 4000;

    /**
     * One refused field: {@code path} as Discord nests its errors ({@code components.0.components.2.custom_id}),
     * Discord's error code and message.
     */
    public record Violation(String path, String code, String message) {
        @Override
        public String toString() {
            return path + ": " + message + " (" + code + ")";
        }
    }

    private MessageRules() {}

    /** The problems of a new message's body; none if Discord would take it. */
    public static List<Violation> ofNew(JsonNode body) {
        return check(body, (body.path("flags").asInt(0) & IS_COMPONENTS_V2) != 0);
    }

    /** The problems of editing {@code stored} (the message as it is) with {@code body}. */
    public static List<Violation> ofEdit(JsonNode stored, JsonNode body) {
        List<Violation> problems = new ArrayList<>();
        boolean wasV2 = (stored.path("flags").asInt(0) & IS_COMPONENTS_V2) != 0;
        boolean setsFlags = body.has("flags") && !body.get("flags").isNull();
        boolean asksV2 = setsFlags && (body.get("flags").asInt(0) & IS_COMPONENTS_V2) != 0;
        if (wasV2 && setsFlags && !asksV2) {
            problems.add(new Violation(
                    "flags",
                    "MESSAGE_CANNOT_REMOVE_COMPONENTS_V2_FLAG",
                    "The IS_COMPONENTS_V2 flag cannot be removed from a message once set"));
        }
        boolean v2 = wasV2 || asksV2;
        problems.addAll(check(body, v2));
        if (v2) {
            // a message turned into a V2 one keeps no content or embeds from before: the edit has to clear them
            if (!body.has("content") && !stored.path("content").asText("").isEmpty()) {
                problems.add(legacyField("content"));
            }
            if (!body.has("embeds") && !stored.path("embeds").isEmpty()) {
                problems.add(legacyField("embeds"));
            }
        }
        return problems;
    }

    private static List<Violation> check(JsonNode body, boolean v2) {
        List<Violation> problems = new ArrayList<>();
        String content = body.path("content").asText("");
        if (v2) {
            if (!content.isEmpty()) {
                problems.add(legacyField("content"));
            }
            for (String legacy : List.of("embeds", "poll", "sticker_ids")) {
                JsonNode field = body.path(legacy);
                if (!field.isMissingNode() && !field.isNull() && !(field.isArray() && field.isEmpty())) {
                    problems.add(legacyField(legacy));
                }
            }
        } else {
            maxLength(problems, "content", content, 2000);
            embeds(problems, body.path("embeds"));
        }
        JsonNode components = body.path("components");
        if (!v2 && components.size() > 5) {
            problems.add(new Violation("components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length."));
        }
        for (int i = 0; i < components.size(); i++) {
            component(problems, "components." + i, components.get(i), v2 ? V2_TOP_LEVEL : CLASSIC_TOP_LEVEL);
        }
        if (v2) {
            int count = count(components);
            if (count > V2_COMPONENTS) {
                problems.add(new Violation(
                        "components",
                        "COMPONENT_MAX_TOTAL_COMPONENTS_EXCEEDED",
                        "A message holds at most " + V2_COMPONENTS + " components, nested ones counted; this has "
                                + count));
            }
            int text = textLength(components);
            if (text > V2_TEXT) {
                problems.add(new Violation(
                        "components",
                        "COMPONENT_MAX_TOTAL_TEXT_LENGTH_EXCEEDED",
                        "The text displays of a message hold at most " + V2_TEXT + " characters; these have " + text));
            }
        }
        return problems;
    }

    private static Violation legacyField(String field) {
        return new Violation(
                field,
                "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
                "The '" + field + "' field cannot be used when using MessageFlags.IS_COMPONENTS_V2");
    }

    private static void embeds(List<Violation> problems, JsonNode embeds) {
        if (embeds.size() > 10) {
            problems.add(new Violation("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length."));
        }
        for (int i = 0; i < embeds.size(); i++) {
            JsonNode embed = embeds.get(i);
            String path = "embeds." + i;
            int total = maxLength(problems, path + ".title", embed.path("title").asText(""), 256)
                    + maxLength(
                            problems,
                            path + ".description",
                            embed.path("description").asText(""),
                            4096)
                    + maxLength(
                            problems,
                            path + ".footer.text",
                            embed.path("footer").path("text").asText(""),
                            2048)
                    + maxLength(
                            problems,
                            path + ".author.name",
                            embed.path("author").path("name").asText(""),
                            256);
            JsonNode fields = embed.path("fields");
            if (fields.size() > 25) {
                problems.add(new Violation(path + ".fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."));
            }
            for (int f = 0; f < fields.size(); f++) {
                JsonNode field = fields.get(f);
                total += maxLength(
                        problems,
                        path + ".fields." + f + ".name",
                        field.path("name").asText(""),
                        256);
                total += maxLength(
                        problems,
                        path + ".fields." + f + ".value",
                        field.path("value").asText(""),
                        1024);
            }
            if (total > 6000) {
                problems.add(new Violation(path, "BASE_TYPE_MAX_LENGTH", "Embed size exceeds maximum size of 6000"));
            }
        }
    }

    /** Checks one component where {@code allowed} types may stand, and what it holds. */
    private static void component(List<Violation> problems, String path, JsonNode component, Set<Integer> allowed) {
        int type = component.path("type").asInt(-1);
        if (!allowed.contains(type)) {
            problems.add(new Violation(
                    path + ".type",
                    "UNION_TYPE_CHOICES",
                    "Value of field \"type\" must be one of ("
                            + allowed.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))
                            + ")."));
            return;
        }
        switch (type) {
            case ACTION_ROW -> row(problems, path, component);
            case BUTTON -> button(problems, path, component);
            case SECTION -> section(problems, path, component);
            case TEXT_DISPLAY -> {
                if (component.path("content").asText("").isEmpty()) {
                    problems.add(new Violation(path + ".content", "BASE_TYPE_REQUIRED", "This field is required"));
                }
            }
            case THUMBNAIL -> media(problems, path + ".media", component.path("media"));
            case MEDIA_GALLERY -> {
                JsonNode items = component.path("items");
                if (items.isEmpty() || items.size() > 10) {
                    problems.add(badLength(path + ".items", 1, 10));
                }
                for (int i = 0; i < items.size(); i++) {
                    media(
                            problems,
                            path + ".items." + i + ".media",
                            items.get(i).path("media"));
                }
            }
            case SEPARATOR -> {
                int spacing = component.path("spacing").asInt(1);
                if (spacing != 1 && spacing != 2) {
                    problems.add(new Violation(path + ".spacing", "BASE_TYPE_CHOICES", "Value must be one of {1, 2}."));
                }
            }
            case CONTAINER -> {
                JsonNode children = component.path("components");
                if (children.isEmpty()) {
                    problems.add(new Violation(
                            path + ".components", "BASE_TYPE_MIN_LENGTH", "Must be 1 or more in length."));
                }
                for (int i = 0; i < children.size(); i++) {
                    component(problems, path + ".components." + i, children.get(i), IN_CONTAINER);
                }
                JsonNode accent = component.path("accent_color");
                if (!accent.isMissingNode()
                        && !accent.isNull()
                        && (accent.asInt(-1) < 0 || accent.asInt() > 0xFFFFFF)) {
                    problems.add(new Violation(
                            path + ".accent_color", "NUMBER_TYPE_MAX", "Int value should be between 0 and 16777215."));
                }
            }
            default -> select(problems, path, component);
        }
    }

    /** An action row: up to 5 buttons, or one select menu alone. */
    private static void row(List<Violation> problems, String path, JsonNode row) {
        JsonNode children = row.path("components");
        if (children.isEmpty() || children.size() > 5) {
            problems.add(badLength(path + ".components", 1, 5));
        }
        boolean hasSelect = false;
        for (int i = 0; i < children.size(); i++) {
            component(problems, path + ".components." + i, children.get(i), IN_ROW);
            hasSelect |= SELECTS.contains(children.get(i).path("type").asInt());
        }
        if (hasSelect && children.size() > 1) {
            problems.add(new Violation(
                    path + ".components",
                    "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                    "The specified component exceeds the maximum width"));
        }
    }

    private static void button(List<Violation> problems, String path, JsonNode button) {
        int style = button.path("style").asInt(-1);
        if (style < 1 || style > 6) {
            problems.add(
                    new Violation(path + ".style", "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6}."));
        }
        boolean link = style == 5;
        boolean premium = style == 6;
        if (!link && !premium) {
            customId(problems, path, button);
        }
        maxLength(problems, path + ".label", button.path("label").asText(""), 80);
    }

    private static void select(List<Violation> problems, String path, JsonNode select) {
        customId(problems, path, select);
        maxLength(problems, path + ".placeholder", select.path("placeholder").asText(""), 150);
        if (select.path("type").asInt() != STRING_SELECT) {
            return;
        }
        JsonNode options = select.path("options");
        if (options.isEmpty() || options.size() > 25) {
            problems.add(badLength(path + ".options", 1, 25));
        }
        for (int i = 0; i < options.size(); i++) {
            maxLength(
                    problems,
                    path + ".options." + i + ".label",
                    options.get(i).path("label").asText(""),
                    100);
            maxLength(
                    problems,
                    path + ".options." + i + ".value",
                    options.get(i).path("value").asText(""),
                    100);
        }
    }

    /** A section: one to three text displays beside a button or a thumbnail. */
    private static void section(List<Violation> problems, String path, JsonNode section) {
        JsonNode texts = section.path("components");
        if (texts.isEmpty() || texts.size() > 3) {
            problems.add(badLength(path + ".components", 1, 3));
        }
        for (int i = 0; i < texts.size(); i++) {
            component(problems, path + ".components." + i, texts.get(i), Set.of(TEXT_DISPLAY));
        }
        JsonNode accessory = section.path("accessory");
        if (!accessory.isObject()) {
            problems.add(new Violation(path + ".accessory", "BASE_TYPE_REQUIRED", "This field is required"));
        } else {
            component(problems, path + ".accessory", accessory, ACCESSORIES);
        }
    }

    private static void customId(List<Violation> problems, String path, JsonNode component) {
        String id = component.path("custom_id").asText("");
        if (id.isEmpty()) {
            problems.add(new Violation(path + ".custom_id", "BASE_TYPE_REQUIRED", "This field is required"));
        }
        maxLength(problems, path + ".custom_id", id, 100);
    }

    private static void media(List<Violation> problems, String path, JsonNode media) {
        if (media.path("url").asText("").isEmpty()) {
            problems.add(new Violation(path + ".url", "BASE_TYPE_REQUIRED", "This field is required"));
        }
    }

    /** Every component of a tree, nested ones (children and a section's accessory) counted, as Discord counts. */
    static int count(JsonNode components) {
        int count = 0;
        for (JsonNode component : components) {
            count += 1 + count(component.path("components"));
            if (component.path("accessory").isObject()) {
                count++;
            }
        }
        return count;
    }

    /** Characters across every text display of a tree. */
    static int textLength(JsonNode components) {
        int length = 0;
        for (JsonNode component : components) {
            if (component.path("type").asInt() == TEXT_DISPLAY) {
                length += component.path("content").asText("").length();
            }
            length += textLength(component.path("components"));
        }
        return length;
    }

    private static Violation badLength(String path, int min, int max) {
        return new Violation(path, "BASE_TYPE_BAD_LENGTH", "Must be between " + min + " and " + max + " in length.");
    }

    private static int maxLength(List<Violation> problems, String path, String text, int max) {
        if (text.length() > max) {
            problems.add(new Violation(path, "BASE_TYPE_MAX_LENGTH", "Must be " + max + " or fewer in length."));
        }
        return text.length();
    }
}
