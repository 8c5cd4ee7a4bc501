package dev.watchparty.command;

import dev.watchparty.reply.Card;
import dev.watchparty.reply.PageLayout;
import dev.watchparty.reply.Reply;
import java.util.List;
import java.util.Locale;

/**
 * A reply of several cards shown one at a time. Page buttons carry everything needed to draw the page again
 * in their custom id, so they keep working after a restart and hold no memory.
 */
public final class Paged {

    private Paged() {}

    /**
     * Page {@code page} (clamped) of {@code cards}, with buttons whose ids are {@code pages} and the page number,
     * labelled in {@code locale}.
     */
    public static Reply page(
            Locale locale, List<Card> cards, int page, ComponentId pages, boolean ephemeral, String content) {
        int shown = Math.max(0, Math.min(page, cards.size() - 1));
        return new Reply(
                content,
                cards.get(shown),
                PageLayout.pageButtons(
                        locale, number -> pages.with(Integer.toString(number)).encode(), shown, cards.size()),
                null,
                ephemeral);
    }

    /** The page number that ends a page button's id. */
    public static int pageNumber(ComponentId id) {
        return id.intArgument(id.arguments().size() - 1);
    }
}
