package dev.watchparty.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.reply.Texts;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The console on the small test pack: the same commands and the same friendly messages as on Discord. */
class ConsoleAppTest {

    /** A command in the examples: a slash, then words, up to the wider gap between examples or the end. */
    private static final Pattern EXAMPLE = Pattern.compile("/\\S+(?: \\S+)*+");

    /** A command named in a sentence, like "/help,". */
    private static final Pattern HELP = Pattern.compile("/\\p{L}+");

    private ConsoleApp console;

    private final List<TestCore> cores = new ArrayList<>();

    private ConsoleApp newConsole(PrintStream out) {
        return newConsole(out, Locale.ENGLISH);
    }

    private ConsoleApp newConsole(PrintStream out, Locale language) {
        TestCore test = TestCore.forPack(TestPacks.mini());
        cores.add(test);
        return new ConsoleApp(test.router(), out, new ConsoleChannel(out, test.time().clock, language));
    }

    private ConsoleApp newConsole(Locale language) {
        return newConsole(new PrintStream(new ByteArrayOutputStream()), language);
    }

    @BeforeEach
    void startConsole() {
        console = newConsole(new PrintStream(new ByteArrayOutputStream()));
    }

    @AfterEach
    void closeCores() {
        cores.forEach(TestCore::close);
    }

    @Test
    @DisplayName(
            "GIVEN a viewer at S1E1 WHEN they look up a character publicly THEN S1E1 facts show as labelled spoilers and later ones are counted")
    void characterAtProgress() {
        assertTrue(console.handle("/progress set episode:1")
                .contains("Saved: you have watched Mini Show through S1E1 · Dough"));
        String bio = console.handle("/character name:ana");
        assertTrue(bio.contains("(posted in the channel)"));
        assertTrue(bio.contains("S1E1: [spoiler: She burns the first loaf.]"), bio);
        assertFalse(bio.contains("sells the bakery"), bio);
        assertTrue(bio.contains("1 later fact hidden (you are at S1E1)"), bio);
    }

    @Test
    @DisplayName("GIVEN a reveal request WHEN the bio is shown THEN it is private, warns, and tags the later fact")
    void revealIsPrivateAndTagged() {
        String bio = console.handle("/character name:Ana Baker reveal:yes");
        assertTrue(bio.startsWith("(only you can see this)"), bio);
        assertTrue(bio.contains("You asked to reveal"), bio);
        assertTrue(bio.contains("S1E3: [spoiler: She sells the bakery.]"), bio);
    }

    @Test
    @DisplayName("GIVEN an option value with spaces WHEN typed THEN it is read whole, up to the next option")
    void valuesWithSpaces() {
        console.handle("/progress set episode:1");
        String recap = console.handle("/recap episode:dough public:true");
        assertTrue(recap.contains("(posted in the channel)"), recap);
        assertTrue(recap.contains("S1E1: [spoiler: Ana opens the shop.]"), recap);
    }

    @Test
    @DisplayName("GIVEN a line ending in ? WHEN typed THEN the console lists autocomplete suggestions")
    void suggestions() {
        assertTrue(console.handle("/character name:be?").contains("Ben Miller   -> name:ben"));
        assertTrue(console.handle("/recap episode:2?").contains("S1E2   -> episode:S1E2"), "no title above progress");
    }

    @Test
    @DisplayName(
            "GIVEN the leaderboard's period WHEN suggestions are asked for THEN its two periods are offered, no episode")
    void periodSuggestsPeriods() {
        String suggestions = console.handle("/trivia leaderboard period:?");

        assertEquals(
                "Suggestions for period:\n  all-time   -> period:all-time\n  this month   -> period:this month\n",
                suggestions);
    }

    @Test
    @DisplayName(
            "GIVEN a new user WHEN they ask for /help THEN each command shows its options, optional ones in brackets")
    void helpShowsOptions() {
        String help = console.handle("/help");

        assertTrue(help.contains("`/character name: [reveal:]`: A character's bio"), help);
        assertTrue(help.contains("`/recap episode: [public:]`: "), help);
        assertTrue(help.contains("`/progress set episode:`: Set the last episode you have watched"), help);
        assertTrue(help.contains("`/progress show`: Show how far you have watched"), help);
        assertTrue(help.contains("`/show`: "), help);
    }

    @Test
    @DisplayName("GIVEN a ? right after the command's name WHEN typed THEN it is read as a request for suggestions")
    void questionMarkAfterTheName() {
        String suggestions = console.handle("/character?");

        assertTrue(suggestions.contains("Suggestions for name:"), suggestions);
        assertTrue(suggestions.contains("Ana Baker   -> name:ana"), suggestions);
        assertTrue(
                console.handle("/progress show?").contains("/progress show has no option with suggestions."),
                "a command with nothing to suggest says so instead of running");
    }

    @Test
    @DisplayName(
            "GIVEN an option the command does not have after a known one WHEN typed THEN it is refused, not read into the value")
    void unknownOptionAfterAKnownOne() {
        String reply = console.handle("/character name:ana foo:bar");

        assertTrue(reply.contains("/character has no option “foo”: its options are name, reveal."), reply);
        assertFalse(reply.contains("posted in the channel"), "no bio was looked up for “ana foo:bar”");
        assertTrue(console.handle("/progress set episode:1 episod:2")
                .contains("/progress set has no option “episod”: its options are episode."));
    }

    @Test
    @DisplayName("GIVEN bad input WHEN typed THEN each gets a friendly private message, never a stack trace")
    void badInput() {
        assertEquals(
                "(only you can see this)\nI don't know the command “/nope”. Try /help for the list.\n",
                console.handle("/nope"));
        assertTrue(console.handle("/character").contains("Please give the `name` option"));
        assertTrue(console.handle("/character nmae:ana")
                .contains("/character has no option “nmae”: its options are name, reveal."));
        assertTrue(console.handle("/character name:zzzzzz").contains("I found no character called “zzzzzz”"));
        assertTrue(console.handle("/recap episode:S9E9").contains("“S9E9” is not an episode of"));
        assertTrue(console.handle("/progress fly").contains("/progress needs one of: set, show, clear."));
        assertTrue(console.handle("/character name:ana reveal:maybe").contains("`reveal` is True or False"));
        assertTrue(console.handle("hello").contains("Commands start with a slash"));
        assertTrue(console.handle("press 1").contains("There is nothing to press yet."));
    }

    @Test
    @DisplayName("GIVEN a party started two minutes ago WHEN its status is asked for THEN it says so in words")
    void partyStatusSaysWhenItStarted() {
        console.handle("/party start");
        cores.get(0).time().advance(java.time.Duration.ofMinutes(2));

        String status = console.handle("/party status");

        assertTrue(status.contains("Started 2 minutes ago."), status);
        assertFalse(status.contains("<t:"), status);
    }

    @Test
    @DisplayName("GIVEN a user typing markdown and a mention WHEN echoed back THEN it is escaped")
    void echoIsEscaped() {
        String reply = console.handle("/character name:@everyone **x**");
        assertTrue(reply.contains("“@everyone **x**”"), "the console shows it readable: " + reply);
    }

    @Test
    @DisplayName("GIVEN a session on standard input WHEN it ends with quit THEN every line was answered")
    void runsASession() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleApp app = newConsole(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        app.run(new BufferedReader(new StringReader(
                "/progress set episode:2\n/progress show\n/progress clear\n/progress show\nquit\n/help\n")));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("You have watched Mini Show through S1E2."), out);
        assertTrue(out.contains("You haven't marked any episode of Mini Show as watched yet."), out);
        assertFalse(out.contains("What this bot can do"), "nothing after quit is read");
    }

    @Test
    @DisplayName(
            "GIVEN a console in French WHEN an unknown command is typed THEN its note and the bot's answer are both in French")
    void frenchConsoleAnswersInFrench() {
        ConsoleApp french = newConsole(Locale.FRENCH);

        assertEquals(
                "(vous seul pouvez voir ceci)\nJe ne connais pas la commande “/nope”. Essayez /aide pour en voir la liste.\n",
                french.handle("/nope"));
        assertTrue(french.handle("hello").contains("Les commandes commencent par une barre oblique, comme /aide."));
        assertTrue(french.handle("press 1").contains("Il n'y a encore rien sur quoi appuyer."));
    }

    @Test
    @DisplayName(
            "GIVEN a console in French WHEN commands are typed by the names a French Discord shows THEN they run, and errors use those names")
    void frenchConsoleReadsFrenchNames() {
        ConsoleApp french = newConsole(Locale.FRENCH);

        assertFalse(french.handle("/progression définir épisode:1").contains("Je ne connais pas"));
        assertTrue(french.handle("/progress show").contains("S1E1"), "the English names still work");
        assertEquals("Suggestions pour épisode :\n  S1E2   -> épisode:S1E2\n", french.handle("/résumé épisode:2?"));
        assertTrue(french.handle("/progression voler")
                .contains("/progression attend l'une de ces sous-commandes : définir, voir, effacer."));
        assertTrue(french.handle("/personnage nom:ana révéler:peut-être")
                .contains("`révéler` vaut True ou False, pas “peut-être”."));
        assertTrue(french.handle("/personnage nmo:ana")
                .contains("/personnage n'a pas d'option “nmo” : ses options sont nom, révéler."));
    }

    @Test
    @DisplayName("GIVEN a session in German WHEN it starts THEN the greeting and the examples are in German")
    void germanSessionGreetsInGerman() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleApp german = newConsole(new PrintStream(bytes, true, StandardCharsets.UTF_8), Locale.GERMAN);

        german.run(new BufferedReader(new StringReader("/fortschritt setzen folge:1\nquit\n")));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(
                out.startsWith("Watch Party Companion, Offline-Konsole. Tippe /hilfe; mit quit beendest du sie.\n"
                        + "Probier mal: /fortschritt setzen folge:2"),
                out);
        assertTrue(out.contains("(nur du kannst das sehen)"), out);
        assertFalse(out.contains("kenne ich nicht"), out);
    }

    @TestFactory
    @DisplayName(
            "GIVEN the commands the console's own words suggest, in each language WHEN typed THEN the console knows each")
    Stream<DynamicTest> suggestedCommandsWork() {
        TestCore test = TestCore.forPack(TestPacks.mini());
        cores.add(test);
        List<CommandSpec> specs = test.router().specs();
        return Texts.LANGUAGES.stream()
                .map(language -> DynamicTest.dynamicTest(language.toLanguageTag(), () -> {
                    CommandNames names = CommandNames.in(language);
                    for (ConsoleText helpNamed : List.of(ConsoleText.BANNER, ConsoleText.START_WITH_SLASH)) {
                        String text = Texts.format(language, helpNamed);
                        String help = HELP.matcher(text)
                                .results()
                                .findFirst()
                                .orElseThrow()
                                .group();
                        assertEquals(
                                "help", ConsoleParser.parse(help, specs, names).command(), text);
                    }
                    String examples = Texts.format(language, ConsoleText.EXAMPLES);
                    List<String> typed = EXAMPLE.matcher(examples)
                            .results()
                            .map(MatchResult::group)
                            .toList();
                    assertEquals(4, typed.size(), examples);
                    for (String example : typed) {
                        ConsoleParser.ParsedLine parsed = ConsoleParser.parse(example, specs, names);
                        assertTrue(specs.stream().anyMatch(spec -> spec.name().equals(parsed.command())), example);
                        assertEquals(
                                example.chars().filter(c -> c == ':').count(),
                                parsed.options().size(),
                                example);
                    }
                }));
    }

    @Test
    @DisplayName(
            "GIVEN language tags WHEN the console is asked for them THEN it speaks the bot's languages and their regions, and nothing else")
    void languagesTheConsoleSpeaks() {
        assertEquals(Optional.of(Locale.GERMAN), ConsoleApp.language("de-AT"));
        assertEquals(Optional.of(Locale.ENGLISH), ConsoleApp.language("EN-us"));
        assertEquals(Optional.of(Locale.forLanguageTag("pt-BR")), ConsoleApp.language("pt-BR"));
        assertEquals(Optional.of(Locale.forLanguageTag("es")), ConsoleApp.language("es-419"));
        assertEquals(Optional.empty(), ConsoleApp.language("pt"), "the bot writes Brazilian Portuguese only");
        assertEquals(Optional.empty(), ConsoleApp.language("ja"));
        assertEquals(Optional.empty(), ConsoleApp.language("not a tag"));
    }
}
