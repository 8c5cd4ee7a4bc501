package dev.watchparty.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.discord.fake.MessageRules;
import dev.watchparty.discord.fake.MessageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every message the bot sends to Discord must respect, checked on the JSON body the fake received: what
 * Discord would refuse in it (the fake's {@link MessageRules}: sizes, classic and Components V2), no mention
 * allowed, no live mention in the text, and no internal-error apology.
 */
final class DiscordChecks {

    /** A ping Discord would render: not escaped by a backslash. */
    static final Pattern LIVE_MENTION = Pattern.compile("(?<!\\\\)(@everyone|@here|<@!?\\d+>|<@&\\d+>)");

    private DiscordChecks() {}

    /** The problems of one message body ({@code data} of a callback, or a message create/edit body); empty if none. */
    static List<String> problems(JsonNode message) {
        List<String> problems = new ArrayList<>();
        MessageRules.ofNew(message).forEach(violation -> problems.add(violation.toString()));
        JsonNode parse = message.path("allowed_mentions").path("parse");
        if (!parse.isArray() || !parse.isEmpty()) {
            problems.add("allowed_mentions.parse is " + parse);
        }
        String text = text(message);
        Matcher live = LIVE_MENTION.matcher(text);
        if (live.find()) {
            problems.add("a live mention " + live.group() + " in the text");
        }
        if (text.toLowerCase(Locale.ROOT).contains("error id")) {
            problems.add("an internal-error apology: " + text);
        }
        return problems;
    }

    /** Whether a message body carries anything a user would see (as opposed to a bare deferral). */
    static boolean isMessage(JsonNode body) {
        return body.has("content") || body.has("embeds") || body.has("components");
    }

    /** Every text of a message as Discord shows it: content, embeds, text displays, labels and options. */
    static String text(JsonNode message) {
        return MessageView.of(message).text();
    }
}
