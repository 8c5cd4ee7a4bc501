package dev.watchparty.reply;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every string the bot writes is in every language: each {@link TextKey} the code can ask for has a pattern in the
 * English bundle and in each translation, no file holds a key nothing asks for, and every pattern is a valid
 * {@link MessageFormat} that takes the same arguments as the English one.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src", "main", "resources", "i18n");
    /** A lone apostrophe starts a quoted stretch in MessageFormat and silently eats the text after it. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    /** Every enum of text keys in the bot, found in its compiled classes so that a new one cannot be forgotten. */
    private static List<Class<? extends TextKey>> keyEnums() {
        List<Class<? extends TextKey>> enums = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.watchparty")) {
            if (type.isEnum() && type.isAssignableTo(TextKey.class)) {
                enums.add(type.reflect().asSubclass(TextKey.class));
            }
        }
        return enums;
    }

    private static String fileName(String bundle, Locale language) {
        String suffix = language.equals(Texts.FALLBACK) ? "" : "_" + language.toString();
        return bundle + suffix + ".properties";
    }

    private static Properties read(String bundle, Locale language) throws IOException {
        Properties patterns = new Properties();
        try (Reader reader =
                Files.newBufferedReader(BUNDLES.resolve(fileName(bundle, language)), StandardCharsets.UTF_8)) {
            patterns.load(reader);
        }
        return patterns;
    }

    @TestFactory
    @DisplayName(
            "GIVEN every enum of text keys WHEN its bundle is read in each language THEN each key is there, and no other")
    Stream<DynamicTest> everyKeyInEveryLanguage() {
        return keyEnums().stream()
                .flatMap(keys -> Texts.LANGUAGES.stream()
                        .map(language -> DynamicTest.dynamicTest(keys.getSimpleName() + " in " + language, () -> {
                            String bundle = keys.getEnumConstants()[0].bundle();
                            Set<String> wanted = Arrays.stream(keys.getEnumConstants())
                                    .map(TextKey::name)
                                    .collect(Collectors.toCollection(TreeSet::new));
                            Set<String> present =
                                    new TreeSet<>(read(bundle, language).stringPropertyNames());
                            Set<String> missing = new TreeSet<>(wanted);
                            missing.removeAll(present);
                            Set<String> unused = new TreeSet<>(present);
                            unused.removeAll(wanted);
                            assertTrue(missing.isEmpty(), fileName(bundle, language) + " lacks " + missing);
                            assertTrue(
                                    unused.isEmpty(),
                                    fileName(bundle, language) + " has keys nothing asks for: " + unused);
                        })));
    }

    @TestFactory
    @DisplayName(
            "GIVEN every pattern WHEN parsed and formatted in its language THEN it is valid, takes the English arguments, and the bot writes it so")
    Stream<DynamicTest> everyPatternIsValid() {
        return keyEnums().stream()
                .flatMap(keys -> Arrays.stream(keys.getEnumConstants()))
                .map(key -> DynamicTest.dynamicTest(key.bundle() + "." + key.name(), () -> {
                    String english = read(key.bundle(), Texts.FALLBACK).getProperty(key.name());
                    Object[] arguments = sampleArguments(new MessageFormat(english, Texts.FALLBACK));
                    for (Locale language : Texts.LANGUAGES) {
                        String pattern = read(key.bundle(), language).getProperty(key.name());
                        String where = fileName(key.bundle(), language) + " " + key.name();
                        assertFalse(pattern.isBlank(), where + " is blank");
                        assertFalse(LONE_APOSTROPHE.matcher(pattern).find(), where + " has a lone ' (write '')");
                        assertEquals(argumentsOf(english), argumentsOf(pattern), where + " takes other arguments");
                        String written =
                                assertDoesNotThrow(() -> new MessageFormat(pattern, language).format(arguments), where);
                        assertFalse(written.isBlank(), where);
                        assertEquals(written, Texts.format(language, key, arguments), where + ", as the bot writes it");
                    }
                }));
    }

    @Test
    @DisplayName(
            "GIVEN the bundle folder WHEN listed THEN every message bundle belongs to an enum of keys, in every language")
    void noBundleWithoutKeys() throws IOException {
        Set<String> owned = keyEnums().stream()
                .map(keys -> keys.getEnumConstants()[0].bundle())
                .collect(Collectors.toSet());
        Set<String> expected = owned.stream()
                .flatMap(bundle -> Texts.LANGUAGES.stream().map(language -> fileName(bundle, language)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> found;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            found = files.map(file -> file.getFileName().toString())
                    .filter(name ->
                            !name.startsWith("commands")) // command metadata, checked by CommandLocalizationTest
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(expected, found);
    }

    @Test
    @DisplayName(
            "GIVEN a reader in a language the bot does not speak WHEN a text is written THEN it is English, whatever the JVM's locale")
    void otherLanguagesFallBackToEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertEquals(
                    Texts.format(Locale.ENGLISH, ReplyText.STALE_BUTTON),
                    Texts.format(Locale.forLanguageTag("ja"), ReplyText.STALE_BUTTON));
            assertEquals(
                    Texts.format(Locale.forLanguageTag("es"), ReplyText.STALE_BUTTON),
                    Texts.format(Locale.forLanguageTag("es-419"), ReplyText.STALE_BUTTON),
                    "Latin American Spanish reads the Spanish bundle");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Set<Integer> argumentsOf(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            indices.add(Integer.parseInt(argument.group(1)));
        }
        return indices;
    }

    /** An argument of the kind each English placeholder formats: a number, a date, or text. */
    private static Object[] sampleArguments(MessageFormat english) {
        Format[] formats = english.getFormatsByArgumentIndex();
        Object[] arguments = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            arguments[i] = switch (formats[i]) {
                case ChoiceFormat choice -> 2;
                case NumberFormat number -> 2;
                case DateFormat date -> new Date(0);
                case null, default -> "x";
            };
        }
        return arguments;
    }
}
