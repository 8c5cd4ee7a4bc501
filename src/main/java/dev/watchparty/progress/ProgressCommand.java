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
import java.util.Locale;

/** {@code /progress set|show|clear}: how far the requester has watched; every answer is for their eyes only. */
public final class ProgressCommand implements SlashCommand {

    public static final String NAME = "progress";

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
        Locale locale = request.invoker().locale();
        return switch (request.subcommand(Action.class)) {
            case SET -> {
                SpoilerLevel watched = EpisodeOption.watchedThrough(
                        catalog, request.requiredText("episode"), store.progressOf(userId, showId));
                if (!watched.isEpisode()) {
                    store.clear(userId, showId);
                    yield Reply.notice(Texts.format(locale, ProgressText.CLEARED, title));
                }
                store.save(userId, showId, Progress.through(watched));
                yield Reply.notice(Texts.format(
                        locale, ProgressText.SAVED, title, describe(catalog, Progress.through(watched), locale)));
            }
            case SHOW -> {
                Progress progress = store.progressOf(userId, showId);
                yield Reply.notice(
                        progress.hasStarted()
                                ? Texts.format(
                                        locale,
                                        ProgressText.WATCHED_THROUGH,
                                        title,
                                        describe(catalog, progress, locale))
                                : Texts.format(locale, ProgressText.NOT_STARTED, title));
            }
            case CLEAR -> {
                store.clear(userId, showId);
                yield Reply.notice(Texts.format(locale, ProgressText.CLEARED, title));
            }
        };
    }

    private static String describe(Catalog catalog, Progress progress, Locale locale) {
        return catalog.episode(progress.watchedThrough())
                .map(episode -> Suggestions.episodeLabel(episode, progress.watchedThrough()))
                .orElse(progress.describe(locale));
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        return readers.watchedSuggestions(request);
    }
}
