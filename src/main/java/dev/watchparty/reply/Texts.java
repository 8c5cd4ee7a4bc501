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

    /** A key's pattern in a language. */
    private record Wording(TextKey key, Locale language) {}

    /** Each pattern once looked up and parsed: every reply writes several, and bundles never change. */
    private static final Map<Wording, Prepared> PREPARED = new ConcurrentHashMap<>();

    /**
     * A pattern, and its parsed form when it has anything to fill in or unquote (else null: it is written as it is).
     * A MessageFormat is not safe for two threads at once, hence the lock; a format takes microseconds.
     */
    private record Prepared(String pattern, MessageFormat format) {
        String write(Object[] arguments) {
            if (format == null) {
                return pattern;
            }
            synchronized (format) {
                return format.format(arguments);
            }
        }
    }

    private Texts() {}

    public static String format(Locale locale, TextKey key, Object... arguments) {
        Locale language = locale == null ? FALLBACK : locale;
        return PREPARED.computeIfAbsent(new Wording(key, language), Texts::prepare)
                .write(arguments);
    }

    private static Prepared prepare(Wording wording) {
        String pattern = ResourceBundle.getBundle(baseName(wording.key()), wording.language(), NO_DEFAULT_LOCALE)
                .getString(wording.key().name());
        // nothing to fill in or unquote: MessageFormat would write the pattern as it is
        boolean plain = pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0;
        return new Prepared(pattern, plain ? null : new MessageFormat(pattern, wording.language()));
    }

    /** Where {@code key}'s bundle lives on the class path, e.g. {@code i18n/trivia}. */
    public static String baseName(TextKey key) {
        return "i18n/" + key.bundle();
    }
}
