package dev.watchparty.console;

import dev.watchparty.BotCore;
import dev.watchparty.Stores;
import dev.watchparty.pack.Character;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.ContentWarning;
import dev.watchparty.pack.Episode;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.pack.TriviaQuestion;
import dev.watchparty.schedule.Scheduler;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.storage.Database;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code validate --preview S1E3}: what a viewer who has watched that far sees of a whole pack, through the real
 * commands, so that an author can read for what no rule can check (a wrong choice that hints at the culprit, a
 * line that says more than its level). Bios and recaps are shown as posted in a channel at the premise: plain
 * where everyone has seen it, {@code [spoiler: …]} where only this viewer has, and counted where nobody has.
 */
public final class PackPreview {

    private static final Scheduler NO_TIMERS = (delay, task) -> () -> {};

    /**
     * The preview is a report for pack authors, like the rest of {@code validate}'s, and in English like it; the
     * console it drives speaks English too, so that its replies read in one language with the report's headings.
     */
    private static final Locale REPORT_LANGUAGE = Locale.ENGLISH;

    private PackPreview() {}

    public static void print(ContentPack pack, Path packsDirectory, SpoilerLevel watched, PrintStream out) {
        Clock clock = Clock.systemUTC();
        ConsoleChannel channel =
                new ConsoleChannel(new PrintStream(OutputStream.nullOutputStream()), clock, REPORT_LANGUAGE);
        try (Database database = Database.inMemory()) {
            PackLibrary library = new PackLibrary(List.of(pack), pack.id());
            BotCore core = BotCore.assemble(
                    library,
                    new PackReloader(library, packsDirectory, pack.id()),
                    new BotCore.Environment(Stores.on(database, clock), clock, NO_TIMERS, channel, channel, Set.of()),
                    new BotCore.Timing(Duration.ofSeconds(5), Duration.ofHours(6)),
                    new Random(0));
            core.stores().progress().save(ConsoleApp.CONSOLE_USER_ID, pack.id(), Progress.through(watched));
            ConsoleApp console = new ConsoleApp(core.router(), out, channel);
            out.println("Preview of " + pack.show().title() + " for a viewer who has watched "
                    + Progress.through(watched).describe(REPORT_LANGUAGE) + ", reading in a channel at the premise.");
            section(out, "Characters");
            for (Character character : pack.characters()) {
                out.println("> /character name:" + character.id());
                out.println(console.handle("/character name:" + character.id()));
            }
            section(out, "Episodes");
            for (Episode episode : pack.episodes()) {
                out.println("> /recap episode:" + episode.code() + " public:true");
                out.println(console.handle("/recap episode:" + episode.code() + " public:true"));
            }
            trivia(pack, watched, out);
        }
    }

    /** The questions a round capped here may ask, as the buttons would show them, earliest first. */
    private static void trivia(ContentPack pack, SpoilerLevel watched, PrintStream out) {
        List<TriviaQuestion> asked = pack.trivia().stream()
                .filter(question -> !question.level().isAbove(watched))
                .sorted(Comparator.comparing(TriviaQuestion::level))
                .toList();
        section(
                out,
                "Trivia: " + asked.size() + " questions may be asked; "
                        + (pack.trivia().size() - asked.size()) + " later ones are not");
        for (TriviaQuestion question : asked) {
            String warning = question.warnings().isEmpty()
                    ? ""
                    : " CW: "
                            + question.warnings().stream()
                                    .sorted()
                                    .map(ContentWarning::packKey)
                                    .collect(Collectors.joining(", "))
                            + ";";
            out.println("[" + question.level() + "] " + question.id() + ":" + warning + " " + question.question());
            out.println("    right: " + question.answer() + "    wrong: " + String.join(" · ", question.wrong()));
        }
    }

    private static void section(PrintStream out, String title) {
        out.println();
        out.println("=== " + title + " ===");
    }
}
