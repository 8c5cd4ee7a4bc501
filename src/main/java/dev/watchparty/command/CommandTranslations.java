package dev.watchparty.command;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.SequencedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Commands' names and descriptions as a reader's Discord shows them: the translations registered with Discord
 * ({@code i18n/commands_*.properties}, keyed as JDA asks for them), read back for text the bot writes about its
 * commands, such as /help and a refusal that names an option. Anything a bundle lacks, and every English reader,
 * gets the spec's own English.
 */
public final class CommandTranslations {

    /** Where command names, descriptions, options and choices are translated: {@code i18n/commands_*.properties}. */
    public static final String BUNDLE = "i18n.commands";

    /**
     * The languages commands are shown in besides English, by the code of the Discord locale a user's client is set
     * to: the bundle each reads. Latin American Spanish reads the Spanish one. The Discord adapter registers the
     * commands' translations by this map, so that a reader's reply names a command as their client shows it.
     */
    public static final SequencedMap<String, Locale> BY_DISCORD_LOCALE = discordLocales();

    /** Each reader's language, once looked up: replies ask for it many times, and Discord's locales are few. */
    private static final Map<Locale, CommandTranslations> BY_READER = new ConcurrentHashMap<>();

    private final Optional<ResourceBundle> bundle;

    private CommandTranslations(Optional<ResourceBundle> bundle) {
        this.bundle = bundle;
    }

    private static SequencedMap<String, Locale> discordLocales() {
        Locale spanish = Locale.forLanguageTag("es-ES");
        SequencedMap<String, Locale> languages = new LinkedHashMap<>();
        languages.put("es-ES", spanish);
        languages.put("es-419", spanish);
        languages.put("pt-BR", Locale.forLanguageTag("pt-BR"));
        languages.put("fr", Locale.FRENCH);
        languages.put("de", Locale.GERMAN);
        return Collections.unmodifiableSequencedMap(languages);
    }

    /** The bundle of one of {@link #BY_DISCORD_LOCALE}'s languages. */
    public static ResourceBundle bundle(Locale language) {
        // no fallback to the JVM's own locale: a missing translation must show as missing, not as another language
        return ResourceBundle.getBundle(
                BUNDLE,
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * For a reader of {@code locale}: their Discord locale's bundle, else one of a Discord locale of their language
     * (a reader known only as {@code es} reads what {@code es-ES} shows), else English.
     */
    public static CommandTranslations in(Locale locale) {
        return BY_READER.computeIfAbsent(locale, CommandTranslations::lookUp);
    }

    private static CommandTranslations lookUp(Locale locale) {
        String tag = locale.toLanguageTag();
        Optional<Locale> language = Optional.ofNullable(BY_DISCORD_LOCALE.get(tag))
                .or(() -> BY_DISCORD_LOCALE.entrySet().stream()
                        .filter(entry -> Locale.forLanguageTag(entry.getKey())
                                .getLanguage()
                                .equals(locale.getLanguage()))
                        .map(Map.Entry::getValue)
                        .findFirst());
        return new CommandTranslations(language.map(CommandTranslations::bundle));
    }

    /** A command's name; a message command's as its Apps menu shows it. */
    public String command(String command) {
        return text(command, key(command, "name"));
    }

    public String subcommand(String command, String subcommand) {
        return text(subcommand, key(command, subcommand, "name"));
    }

    /** An option of a command ({@code subcommand} null) or of one of its subcommands. */
    public String option(String command, String subcommand, String option) {
        return text(option, optionKey(command, subcommand, option, "name"));
    }

    /** How a reader types the command: {@code /progress set}, {@code /fortschritt setzen}. */
    public String typed(String command, String subcommand) {
        return "/" + command(command) + (subcommand == null ? "" : " " + subcommand(command, subcommand));
    }

    public String description(CommandSpec spec) {
        return text(spec.description(), key(spec.name(), "description"));
    }

    public String description(CommandSpec spec, SubcommandSpec subcommand) {
        return text(subcommand.description(), key(spec.name(), subcommand.name(), "description"));
    }

    public String description(String command, String subcommand, OptionSpec option) {
        return text(option.description(), optionKey(command, subcommand, option.name(), "description"));
    }

    private String text(String english, String key) {
        return bundle.filter(translations -> translations.containsKey(key))
                .map(translations -> translations.getString(key))
                .orElse(english);
    }

    private static String optionKey(String command, String subcommand, String option, String what) {
        return subcommand == null
                ? key(command, "options", option, what)
                : key(command, subcommand, "options", option, what);
    }

    /** A key as JDA asks for it: the path's names in lower case, spaces as underscores (a message command's name). */
    private static String key(String... path) {
        return String.join(".", path).toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
