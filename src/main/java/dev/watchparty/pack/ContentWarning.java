package dev.watchparty.pack;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** A sensitive matter: text carrying one is always behind spoiler tags, after a plain "CW:" label. */
public enum ContentWarning {
    ABUSE,
    DRUGS,
    EATING_DISORDER,
    SELF_HARM,
    SEXUAL_CONTENT,
    SUICIDE,
    VIOLENCE;

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
