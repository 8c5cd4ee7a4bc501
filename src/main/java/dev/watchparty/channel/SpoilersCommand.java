package dev.watchparty.channel;

import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.EpisodeOption;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.Place;
import dev.watchparty.command.Readers;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.command.SubcommandSpec;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import dev.watchparty.reply.UserInputException;
import dev.watchparty.spoiler.ChannelLevelStore;
import java.util.List;
import java.util.Locale;

/**
 * {@code /spoilers channel level:<episode>}: a moderator says what everyone in this channel has seen, so public
 * replies show it plain. {@code level:premise} goes back to the default.
 */
public final class SpoilersCommand implements SlashCommand {

    public static final String NAME = "spoilers";

    private final Readers readers;
    private final ChannelLevelStore levels;

    public SpoilersCommand(Readers readers, ChannelLevelStore levels) {
        this.readers = readers;
        this.levels = levels;
    }

    @Override
    public CommandSpec spec() {
        List<OptionSpec> options = readers.withShowOption(OptionSpec.suggested(
                "level", "The last episode everyone here has watched, or 'premise' for none", true));
        return CommandSpec.withSubcommands(
                        NAME,
                        "Set how far this channel has watched (Manage Channels)",
                        List.of(new SubcommandSpec("channel", "Set this channel's spoiler level", options)))
                .restrictedTo(CommandSpec.Access.CHANNEL_MANAGERS);
    }

    @Override
    public Reply execute(CommandRequest request) {
        if (!request.place().shared()) {
            throw new UserInputException(ChannelText.NOT_A_SERVER_CHANNEL);
        }
        if (!request.place().can(Place.Power.MANAGE_CHANNEL)) {
            throw new UserInputException(ChannelText.NEEDS_MANAGE_CHANNEL);
        }
        Catalog catalog = readers.catalogFor(request);
        SpoilerLevel level = EpisodeOption.watchedThrough(
                catalog, request.requiredText("level"), readers.progressOf(request.invoker(), catalog));
        levels.setLevel(
                request.place().channelId(),
                catalog.show().id(),
                level,
                request.invoker().userId());
        String title = catalog.show().title();
        Locale locale = request.invoker().locale();
        return new Reply(
                level.isEpisode()
                        ? Texts.format(locale, ChannelText.LEVEL_SET, title, level.toString())
                        : Texts.format(locale, ChannelText.LEVEL_PREMISE, title),
                null,
                List.of(),
                null,
                false);
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        return readers.watchedSuggestions(request);
    }
}
