package dev.watchparty.reply;

import java.util.List;
import java.util.Optional;

/**
 * What the bot says, independent of Discord: text and/or one card, buttons or a select menu, and whether only
 * the requester sees it. The Discord adapter and the console both render this. Mentions are never allowed.
 *
 * <p>A reply whose card is a container is a Components V2 message ({@link #components()}): it must fit V2's limits
 * as a whole, its content and buttons included, and a spoiler container is only ever shown to its requester. A
 * message keeps its kind for life on Discord, so an update of one (a page turn, the next solo question) must be
 * drawn as the same kind.
 */
public record Reply(String content, Card card, List<Button> buttons, SelectMenu menu, boolean ephemeral) {

    public Reply {
        DiscordLimits.require(content, DiscordLimits.CONTENT, "content");
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        if (buttons.size() > DiscordLimits.BUTTONS_PER_ROW * DiscordLimits.ACTION_ROWS) {
            throw new IllegalArgumentException("too many buttons: " + buttons.size());
        }
        if ((content == null || content.isBlank()) && card == null) {
            throw new IllegalArgumentException("a reply needs content or a card");
        }
        if (card != null && card.isContainer()) {
            if (card.frame() == Card.Frame.SPOILER_CONTAINER && !ephemeral) {
                throw new IllegalArgumentException("a spoiler container holds a reveal, which only its requester sees");
            }
            List<ComponentsV2.Part> parts = ComponentsV2.layout(content, card, buttons, menu);
            int count = ComponentsV2.count(parts);
            if (count > DiscordLimits.V2_COMPONENTS) {
                throw new IllegalArgumentException(
                        count + " components; Discord allows " + DiscordLimits.V2_COMPONENTS + " in a V2 message");
            }
            int text = ComponentsV2.textLength(parts);
            if (text > DiscordLimits.V2_TEXT) {
                throw new IllegalArgumentException(
                        text + " characters of text; Discord allows " + DiscordLimits.V2_TEXT + " in a V2 message");
            }
        }
    }

    /** A friendly message only the requester sees: the answer to bad input. */
    public static Reply notice(String text) {
        return new Reply(DiscordLimits.shorten(text, DiscordLimits.CONTENT), null, List.of(), null, true);
    }

    public static Reply of(Card card, boolean ephemeral) {
        return new Reply(null, card, List.of(), null, ephemeral);
    }

    public Reply withButtons(List<Button> newButtons) {
        return new Reply(content, card, newButtons, menu, ephemeral);
    }

    public Reply withMenu(SelectMenu newMenu) {
        return new Reply(content, card, buttons, newMenu, ephemeral);
    }

    public Reply withContent(String newContent) {
        return new Reply(newContent, card, buttons, menu, ephemeral);
    }

    /** Whether Discord shows this as a Components V2 message: its card is a container. */
    public boolean componentsV2() {
        return card != null && card.isContainer();
    }

    /** The message's components when it is a Components V2 one ({@link #componentsV2()}), else none. */
    public List<ComponentsV2.Part> components() {
        return componentsV2() ? ComponentsV2.layout(content, card, buttons, menu) : List.of();
    }

    public Optional<Card> optionalCard() {
        return Optional.ofNullable(card);
    }

    public Optional<SelectMenu> optionalMenu() {
        return Optional.ofNullable(menu);
    }
}
