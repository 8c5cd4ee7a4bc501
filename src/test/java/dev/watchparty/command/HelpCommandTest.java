package dev.watchparty.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.reply.Field;
import dev.watchparty.reply.RecordingMessenger;
import dev.watchparty.reply.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** /help names and describes every command as the reader's Discord shows them, from the translations it registered. */
class HelpCommandTest {

    private static final Place CHANNEL = Place.serverChannel("g", "c", Set.of());

    private TestCore test;

    @BeforeEach
    void setUp() {
        // two shows, so that commands have their show: option too
        test = TestCore.forPacks(List.of(TestPacks.shipped(), TestPacks.quiz()), new RecordingMessenger());
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    private Reply help(String discordLocale) {
        Invoker reader = new Invoker("u1", "Uma", Locale.forLanguageTag(discordLocale));
        return test.router().execute(new CommandRequest("help", null, Map.of(), reader, CHANNEL));
    }

    private static Field field(Reply help, String name) {
        return help.card().fields().stream()
                .filter(field -> field.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + help.card()));
    }

    @Test
    @DisplayName(
            "GIVEN a reader whose Discord is in German WHEN they ask for /help THEN commands, subcommands, options and descriptions are German, and so is the rest")
    void german() {
        Reply help = help("de");

        assertTrue(help.ephemeral());
        assertTrue(help.card().description().startsWith("Ich leiste dir beim Schauen Gesellschaft"));
        assertTrue(
                help.card().description().contains("/fortschritt setzen"),
                help.card().description());
        assertEquals(
                "`/fortschritt setzen folge: [serie:]`: Die letzte Folge festlegen, die du gesehen hast\n"
                        + "`/fortschritt anzeigen [serie:]`: Zeigt, wie weit du geschaut hast\n"
                        + "`/fortschritt löschen [serie:]`: Deinen Fortschritt vergessen (zurück auf nichts gesehen)",
                field(help, "/fortschritt").value());
        assertTrue(
                field(help, "/figur")
                        .value()
                        .startsWith("`/figur name: [aufdecken:] [serie:]`: Steckbrief einer Figur"),
                field(help, "/figur").value());
        assertTrue(
                field(help, "Als Spoiler verbergen")
                        .value()
                        .startsWith(
                                "An einer Nachricht: **Apps** ▸ **Als Spoiler verbergen**. Eine Nachricht verbergen,"),
                "a message command is named as the Apps menu shows it, and described from its feature's bundle");
    }

    @Test
    @DisplayName(
            "GIVEN each language commands are registered in, Latin American Spanish too WHEN /help is asked THEN every name and description is the one Discord shows, and it fits an embed")
    void everyNameFromTheRegisteredTranslations() {
        for (Map.Entry<String, Locale> language : CommandTranslations.BY_DISCORD_LOCALE.entrySet()) {
            ResourceBundle shown = CommandTranslations.bundle(language.getValue());
            String text = text(help(language.getKey()));
            List<String> missing = new ArrayList<>();
            for (CommandSpec spec : test.router().specs()) {
                String command = spec.name().toLowerCase(Locale.ROOT);
                expect(shown, command + ".name", text, missing);
                if (spec.type() == CommandSpec.Type.MESSAGE) {
                    continue;
                }
                if (spec.subcommands().isEmpty()) {
                    expect(shown, command + ".description", text, missing);
                    spec.options()
                            .forEach(option ->
                                    expect(shown, command + ".options." + option.name() + ".name", text, missing));
                }
                for (SubcommandSpec sub : spec.subcommands()) {
                    String prefix = command + "." + sub.name();
                    expect(shown, prefix + ".name", text, missing);
                    expect(shown, prefix + ".description", text, missing);
                    sub.options()
                            .forEach(option ->
                                    expect(shown, prefix + ".options." + option.name() + ".name", text, missing));
                }
            }
            assertEquals(List.of(), missing, language.getKey());
        }
    }

    private static void expect(ResourceBundle shown, String key, String text, List<String> missing) {
        if (!text.contains(shown.getString(key))) {
            missing.add(key + " = " + shown.getString(key));
        }
    }

    private static String text(Reply help) {
        StringBuilder all = new StringBuilder(help.card().description());
        help.card()
                .fields()
                .forEach(field ->
                        all.append('\n').append(field.name()).append('\n').append(field.value()));
        return all.toString();
    }

    @Test
    @DisplayName(
            "GIVEN a reader in English, and one in a language commands are not translated into WHEN they ask for /help THEN both read the English spec")
    void englishAndUntranslated() {
        for (String discordLocale : List.of("en-US", "ja")) {
            Reply help = help(discordLocale);
            assertEquals(
                    "`/progress set episode: [show:]`: Set the last episode you have watched\n"
                            + "`/progress show [show:]`: Show how far you have watched\n"
                            + "`/progress clear [show:]`: Forget your progress (back to nothing watched)",
                    field(help, "/progress").value(),
                    discordLocale);
            assertTrue(
                    field(help, "Spoiler-wrap").value().startsWith("On a message: **Apps** ▸ **Spoiler-wrap**. Hide"),
                    discordLocale);
        }
    }
}
