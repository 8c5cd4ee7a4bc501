package dev.watchparty.reply;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence not yet put into a language: a key and its arguments, written out by {@link #in(Locale)} once the
 * reader's language is known. Code far from the request (a parser, a service) says what went wrong with one of
 * these, and the router words it for whoever asked. An argument that is itself a {@code Text} is written in the same
 * language; any other argument is used as it is, so text from a user or a pack must come already escaped.
 */
public record Text(TextKey key, List<Object> arguments) {

    public Text {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    public static Text of(TextKey key, Object... arguments) {
        return new Text(key, List.of(arguments));
    }

    public String in(Locale locale) {
        Object[] written = arguments.stream()
                .map(argument -> argument instanceof Text nested ? nested.in(locale) : argument)
                .toArray();
        return Texts.format(locale, key, written);
    }

    /** English, for logs and for a message an exception carries. */
    @Override
    public String toString() {
        return in(Texts.FALLBACK);
    }
}
