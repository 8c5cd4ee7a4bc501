package dev.watchparty.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.reply.RecordingMessenger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every command, subcommand, option and choice is translated in every bundle, as Discord accepts names. */
class CommandLocalizationTest {

    /** Discord's rule for command and option names, in any language. */
    private static final Pattern NAME = Pattern.compile("^[-_\\p{L}\\p{N}\\p{sc=Deva}\\p{sc=Thai}]{1,32}$");

    private TestCore test;

    @BeforeEach
    void setUp() {
        // two shows, so that every command also has its show: option to translate
        test = TestCore.forPacks(List.of(TestPacks.shipped(), TestPacks.quiz()), new RecordingMessenger());
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    /** The keys JDA asks the localization function for while it builds every command. */
    private Set<String> keysAsked() {
        Set<String> keys = new TreeSet<>();
        for (CommandSpec spec : test.router().specs()) {
            // JDA asks while it writes the command out, as on registration
            JdaCommands.toDiscord(spec, key -> {
                        keys.add(key);
                        return Map.of();
                    })
                    .toData();
        }
        return keys;
    }

    /** The keys of message commands' names: JDA asks for them lowercased. */
    private Set<String> messageCommandNames() {
        return test.router().specs().stream()
                .filter(spec -> spec.type() == CommandSpec.Type.MESSAGE)
                .map(spec -> spec.name().toLowerCase(Locale.ROOT) + ".name")
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    @DisplayName(
            "GIVEN every registered command WHEN built for Discord THEN each bundle has every key JDA asks for, and no key nothing asks for")
    void everyKeyInEveryBundle() {
        Set<String> asked = keysAsked();
        assertTrue(asked.size() > 50, "names, descriptions, options and choices: " + asked.size());
        List<String> problems = new ArrayList<>();
        for (Locale locale : Set.copyOf(JdaCommands.LANGUAGES.values())) {
            ResourceBundle bundle = JdaCommands.bundle(locale);
            assertEquals(locale, bundle.getLocale(), "the bundle of " + locale + " itself, not a fallback");
            for (String key : asked) {
                if (!bundle.containsKey(key)) {
                    problems.add(locale + ": missing " + key);
                } else if (key.endsWith(".name")
                        && !key.matches(".*\\.[^.]+\\.[^.]+\\.[^.]+\\.name") // choices may hold spaces and capitals
                        && !messageCommandNames().contains(key) // so may a message command's name, in the Apps menu
                        && !(NAME.matcher(bundle.getString(key)).matches()
                                && bundle.getString(key)
                                        .equals(bundle.getString(key).toLowerCase(locale)))) {
                    problems.add(locale + ": " + key + " is no valid command name: " + bundle.getString(key));
                } else if (key.endsWith(".description")
                        && (bundle.getString(key).isBlank()
                                || bundle.getString(key).length() > 100)) {
                    problems.add(locale + ": " + key + " must be 1 to 100 characters");
                }
            }
            bundle.keySet().stream()
                    .filter(key -> !asked.contains(key))
                    .forEach(key -> problems.add(locale + ": " + key + " is not asked for"));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @DisplayName(
            "GIVEN every command in every language WHEN registered THEN no two options or subcommands of one parent share a name")
    void namesAreUniqueInEachLanguage() {
        List<String> clashes = new ArrayList<>();
        for (CommandSpec spec : test.router().specs()) {
            checkChildren(spec.name(), JdaCommands.toDiscord(spec).toData().optArray("options"), clashes);
        }
        assertEquals(List.of(), clashes);
    }

    /** Each language's names of one parent's options (or subcommands) are distinct; then each child's own. */
    private static void checkChildren(String parent, Optional<DataArray> children, List<String> clashes) {
        if (children.isEmpty()) {
            return;
        }
        Map<String, Set<String>> seen = new HashMap<>();
        for (int i = 0; i < children.get().length(); i++) {
            DataObject child = children.get().getObject(i);
            DataObject names = child.optObject("name_localizations").orElse(DataObject.empty());
            for (String locale : names.keys()) {
                if (!seen.computeIfAbsent(locale, key -> new HashSet<>()).add(names.getString(locale))) {
                    clashes.add(parent + " in " + locale + ": " + names.getString(locale) + " twice");
                }
            }
            checkChildren(parent + " " + child.getString("name"), child.optArray("options"), clashes);
        }
    }

    @Test
    @DisplayName(
            "GIVEN a Spanish-speaking user's client WHEN the commands are registered THEN they carry Spanish names")
    void spanishNamesReachDiscord() {
        CommandSpec progress = test.router().specs().stream()
                .filter(spec -> spec.name().equals("progress"))
                .findFirst()
                .orElseThrow();

        DataObject data = JdaCommands.toDiscord(progress).toData();

        String spanish = data.getObject("name_localizations").getString(DiscordLocale.SPANISH.getLocale());
        assertEquals(JdaCommands.bundle(Locale.forLanguageTag("es-ES")).getString("progress.name"), spanish);
        assertEquals(spanish, data.getObject("name_localizations").getString(DiscordLocale.SPANISH_LATAM.getLocale()));
        assertEquals("progress", data.getString("name"), "Discord sends the English name back");
    }
}
