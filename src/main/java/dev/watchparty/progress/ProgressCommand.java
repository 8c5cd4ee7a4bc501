package dev.watchparty.progress;

import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.EpisodeOption;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.Readers;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.command.Subcommand;
import dev.watchparty.command.SubcommandSpec;
import dev.watchparty.command.Suggestions;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ProgressStore;
import java.util.List;

/** {@code /progress set|show|clear}: how far the requester has watched; every answer is for their eyes only. */
public final class ProgressCommand implements SlashCommand {

    public static final String NAME = "progress";
    private static final String CLEARED =
            "Cleared: as far as I know you haven't watched %s yet, so I'll show only " + "what the trailer tells.";

    private enum Action implements Subcommand {
        SET,
        SHOW,
        CLEAR
    }

    private final Readers readers;
    private final ProgressStore store;

    public ProgressCommand(Readers readers, ProgressStore store) {
        this.readers = readers;
        this.store = store;
    }

    @Override
    public CommandSpec spec() {
        List<OptionSpec> setOptions = readers.withShowOption(OptionSpec.suggested(
                "episode", "The last episode you have watched: S1E3, 3, its title, or none", true));
        List<OptionSpec> showOnly = readers.withShowOption();
        return CommandSpec.withSubcommands(
                NAME,
                "How far you have watched: the bot never spoils past it",
                List.of(
                        SubcommandSpec.of(Action.SET, "Set the last episode you have watched", setOptions),
                        SubcommandSpec.of(Action.SHOW, "Show how far you have watched", showOnly),
                        SubcommandSpec.of(Action.CLEAR, "Forget your progress (back to nothing watched)", showOnly)));
    }

    @Override
    public Reply execute(CommandRequest request) {
        Catalog catalog = readers.catalogFor(request);
        String showId = catalog.show().id();
        String title = catalog.show().title();
        String userId = request.invoker().userId();
        return switch (request.subcommand(Action.class)) {
            case SET -> {
                SpoilerLevel watched = EpisodeOption.watchedThrough(
                        catalog, request.requiredText("episode"), store.progressOf(userId, showId));
                if (!watched.isEpisode()) {
                    store.clear(userId, showId);
                    yield Reply.notice(CLEARED.formatted(title));
                }
                store.save(userId, showId, Progress.through(watched));
                yield Reply.notice("Saved: you have watched " + title + " through "
                        + describe(catalog, Progress.through(watched))
                        + ". I'll keep anything later under spoiler tags or out of sight.");
            }
            case SHOW -> {
                Progress progress = store.progressOf(userId, showId);
                yield Reply.notice(
                        progress.hasStarted()
                                ? "You have watched " + title + " through " + describe(catalog, progress) + "."
                                : "You haven't marked any episode of " + title + " as watched yet. Use /progress set.");
            }
            case CLEAR -> {
                store.clear(userId, showId);
                yield Reply.notice(CLEARED.formatted(title));
            }
        };
    }

    private static String describe(Catalog catalog, Progress progress) {
        return catalog.episode(progress.watchedThrough())
                .map(episode -> Suggestions.episodeLabel(episode, progress.watchedThrough()))
                .orElse(progress.describe(Texts.FALLBACK));
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        return readers.watchedSuggestions(request);
    }
}
