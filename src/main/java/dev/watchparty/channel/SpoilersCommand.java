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
import dev.watchparty.reply.UserInputException;
import dev.watchparty.spoiler.ChannelLevelStore;
import java.util.List;

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
            throw new UserInputException("Channel levels are for server channels; here only you read my replies.");
        }
        if (!request.place().can(Place.Power.MANAGE_CHANNEL)) {
            throw new UserInputException("Only members who can manage this channel may set its spoiler level.");
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
        return new Reply(
                level.isEpisode()
                        ? "This channel has now watched " + title + " through " + level
                                + ": public replies here show up to it plain, and tag what comes later."
                        : "This channel is back to the premise of " + title
                                + ": public replies here tag every episode.",
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
