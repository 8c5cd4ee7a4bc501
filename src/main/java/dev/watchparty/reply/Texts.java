package dev.watchparty.reply;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strings the bot writes, in the reader's language. Each feature keeps its own bundle under {@code i18n/}
 * ({@link TextKey#bundle()}); a pattern is a {@link MessageFormat}, so numbers, plurals ({@code choice}) and dates
 * follow the reader's language. A language we do not speak, or a key a translation lacks, falls back to English,
 * never to the JVM's default locale (which would answer an English reader in the server's language).
 */
public final class Texts {

    /** The language of the base bundles, used for any other. */
    public static final Locale FALLBACK = Locale.ENGLISH;

    /** Every language the bot writes, English first; each has a file beside every base bundle. */
    public static final List<Locale> LANGUAGES = List.of(
            FALLBACK,
            Locale.forLanguageTag("es"),
            Locale.forLanguageTag("pt-BR"),
            Locale.forLanguageTag("fr"),
            Locale.forLanguageTag("de"));

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A key's pattern in a language, once looked up: every reply writes several, and bundles never change. */
    private record Wording(TextKey key, Locale language) {}

    private static final Map<Wording, String> PATTERNS = new ConcurrentHashMap<>();

    private Texts() {}

    public static String format(Locale locale, TextKey key, Object... arguments) {
        Locale language = locale == null ? FALLBACK : locale;
        String pattern = PATTERNS.computeIfAbsent(new Wording(key, language), Texts::lookUp);
        // nothing to fill in or unquote: MessageFormat would write the pattern as it is
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language).format(arguments);
    }

    private static String lookUp(Wording wording) {
        return ResourceBundle.getBundle(baseName(wording.key()), wording.language(), NO_DEFAULT_LOCALE)
                .getString(wording.key().name());
    }

    /** Where {@code key}'s bundle lives on the class path, e.g. {@code i18n/trivia}. */
    public static String baseName(TextKey key) {
        return "i18n/" + key.bundle();
    }
}
