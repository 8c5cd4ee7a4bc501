package dev.watchparty.pack;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** A sensitive matter: text carrying one is always behind spoiler tags, after a plain "CW:" label. */
public enum ContentWarning {
    ABUSE("abuse"),
    DRUGS("drugs"),
    EATING_DISORDER("eating disorder"),
    SELF_HARM("self-harm"),
    SEXUAL_CONTENT("sexual content"),
    SUICIDE("suicide"),
    VIOLENCE("violence");

    private final String label;

    ContentWarning(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @JsonValue
    public String packKey() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static ContentWarning fromPackKey(String key) {
        return Arrays.stream(values())
                .filter(warning -> warning.packKey().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown content warning: " + key));
    }
}
