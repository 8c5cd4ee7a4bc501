package dev.watchparty.spoiler;

import dev.watchparty.pack.ContentWarning;
import dev.watchparty.reply.TextKey;

/** What the spoiler renderer writes around pack text: content-warning labels and notes of what it hid. */
public enum SpoilerText implements TextKey {
    CONTENT_WARNING,
    WARNING_ABUSE,
    WARNING_DRUGS,
    WARNING_EATING_DISORDER,
    WARNING_SELF_HARM,
    WARNING_SEXUAL_CONTENT,
    WARNING_SUICIDE,
    WARNING_VIOLENCE,
    HIDDEN_FACTS,
    HIDDEN_LINES,
    YOU_ARE_AT,
    NOT_STARTED,
    NOTHING_WATCHED;

    /** A content warning's name. */
    public static SpoilerText of(ContentWarning warning) {
        return switch (warning) {
            case ABUSE -> WARNING_ABUSE;
            case DRUGS -> WARNING_DRUGS;
            case EATING_DISORDER -> WARNING_EATING_DISORDER;
            case SELF_HARM -> WARNING_SELF_HARM;
            case SEXUAL_CONTENT -> WARNING_SEXUAL_CONTENT;
            case SUICIDE -> WARNING_SUICIDE;
            case VIOLENCE -> WARNING_VIOLENCE;
        };
    }

    @Override
    public String bundle() {
        return "spoiler";
    }
}
