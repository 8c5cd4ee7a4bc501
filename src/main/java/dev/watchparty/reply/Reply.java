package dev.watchparty.reply;

import java.util.List;
import java.util.Optional;

/**
 * What the bot says, independent of Discord: text and/or one card, buttons or a select menu, and whether only
 * the requester sees it. The Discord adapter and the console both render this. Mentions are never allowed.
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

    public Optional<Card> optionalCard() {
        return Optional.ofNullable(card);
    }

    public Optional<SelectMenu> optionalMenu() {
        return Optional.ofNullable(menu);
    }
}
