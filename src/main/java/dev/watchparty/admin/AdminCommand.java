package dev.watchparty.admin;

import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.command.SubcommandSpec;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.DiscordLimits;
import dev.watchparty.reply.PageLayout;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Section;
import dev.watchparty.reply.Texts;
import dev.watchparty.reply.UserInputException;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.SpoilerRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code /admin reload}: the bot's operators reload the packs without a restart. */
public final class AdminCommand implements SlashCommand {

    public static final String NAME = "admin";
    private static final int MAX_ERRORS_SHOWN = 20;

    private final PackReloader reloader;
    private final Set<String> ownerIds;

    public AdminCommand(PackReloader reloader, Set<String> ownerIds) {
        this.reloader = reloader;
        this.ownerIds = Set.copyOf(ownerIds);
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                        NAME,
                        "Operator tools",
                        List.of(new SubcommandSpec(
                                "reload", "Reload the content packs; a broken pack keeps the current ones", List.of())))
                .restrictedTo(CommandSpec.Access.OWNERS);
    }

    @Override
    public Reply execute(CommandRequest request) {
        if (!ownerIds.contains(request.invoker().userId())) {
            throw new UserInputException(AdminText.OPERATORS_ONLY);
        }
        Locale locale = request.invoker().locale();
        try {
            List<ContentPack> packs = reloader.reload();
            return Reply.notice(Texts.format(
                    locale,
                    AdminText.RELOADED,
                    packs.size(),
                    packs.stream().map(pack -> Markdown.escape(pack.id())).collect(Collectors.joining(", "))));
        } catch (PackLoadException e) {
            List<String> lines = e.errors().stream()
                    .limit(MAX_ERRORS_SHOWN)
                    .map(error -> DiscordLimits.shorten(Markdown.escape(error.toString()), SpoilerRenderer.MAX_BLOCK))
                    .toList();
            int more = e.errors().size() - lines.size();
            List<Card> cards = PageLayout.layout(
                    locale,
                    Texts.format(locale, AdminText.REFUSED_TITLE),
                    Texts.format(locale, AdminText.ERROR_COUNT, e.errors().size()),
                    List.of(new Section(Texts.format(locale, AdminText.ERRORS), lines)),
                    more > 0 ? Texts.format(locale, AdminText.MORE_ERRORS, more) : null,
                    0xD00000,
                    Card.Frame.EMBED);
            return Reply.of(cards.get(0), true);
        }
    }
}
