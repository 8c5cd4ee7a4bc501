package dev.watchparty.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Lays headed sections out on as many cards as they need. Blocks are joined into fields of at most 1024
 * characters and fields onto pages of a readable size, always between blocks, so a spoiler tag (which lives
 * inside one block) is never cut. Each page is a valid {@link Card} by construction.
 */
public final class PageLayout {

    /** Characters of fields per page: well under Discord's 6000, and easy to read on a phone. */
    static final int PAGE_FIELD_BUDGET = 3500;

    private static final String CONTINUED = " (cont.)";

    private PageLayout() {}

    public static List<Card> layout(
            String title, String description, List<Section> sections, String footer, Integer color) {
        String safeTitle = title == null ? null : DiscordLimits.shorten(title, DiscordLimits.EMBED_TITLE);
        String safeFooter = footer == null || footer.isBlank() ? null : DiscordLimits.shorten(footer, 1800);
        String safeDescription =
                description == null ? null : DiscordLimits.shorten(description, DiscordLimits.EMBED_DESCRIPTION);
        // room the first page's fields leave for title, description and a footer with its page number
        int overhead = length(safeTitle) + length(safeDescription) + length(safeFooter) + 20;
        int firstPageBudget = Math.min(PAGE_FIELD_BUDGET, DiscordLimits.EMBED_TOTAL - overhead);
        List<List<Field>> pages = paginate(fieldsOf(sections), firstPageBudget);
        List<Card> cards = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String pageFooter =
                    pages.size() == 1 ? safeFooter : join(safeFooter, "Page " + (i + 1) + "/" + pages.size());
            cards.add(
                    new Card(safeTitle, i == 0 ? blankToNull(safeDescription) : null, pages.get(i), pageFooter, color));
        }
        return cards;
    }

    private static List<Field> fieldsOf(List<Section> sections) {
        List<Field> fields = new ArrayList<>();
        for (Section section : sections) {
            String heading = DiscordLimits.shorten(section.heading(), DiscordLimits.FIELD_NAME - CONTINUED.length());
            StringBuilder value = new StringBuilder();
            boolean first = true;
            for (String block : section.blocks()) {
                if (value.length() > 0 && value.length() + 1 + block.length() > DiscordLimits.FIELD_VALUE) {
                    fields.add(Field.of(first ? heading : heading + CONTINUED, value.toString()));
                    value.setLength(0);
                    first = false;
                }
                value.append(value.length() > 0 ? "\n" : "").append(block);
            }
            if (value.length() > 0) {
                fields.add(Field.of(first ? heading : heading + CONTINUED, value.toString()));
            }
        }
        return fields;
    }

    private static List<List<Field>> paginate(List<Field> fields, int firstPageBudget) {
        List<List<Field>> pages = new ArrayList<>();
        List<Field> page = new ArrayList<>();
        int used = 0;
        for (Field field : fields) {
            int budget = pages.isEmpty() ? firstPageBudget : PAGE_FIELD_BUDGET;
            boolean full = page.size() == DiscordLimits.EMBED_FIELDS || used + field.length() > budget;
            // a first page whose description leaves no room for this field carries the description alone
            boolean firstPageTooFull = pages.isEmpty() && page.isEmpty() && field.length() > budget;
            if ((!page.isEmpty() && full) || firstPageTooFull) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(field);
            used += field.length();
        }
        pages.add(page);
        return pages;
    }

    /** Previous/next buttons for page {@code page} (0-based) of {@code pages}; none for a single page. */
    public static List<Button> pageButtons(IntFunction<String> idForPage, int page, int pages) {
        if (pages <= 1) {
            return List.of();
        }
        return List.of(
                new Button(idForPage.apply(page - 1), "◀ Previous", Button.Style.SECONDARY, page == 0),
                new Button(idForPage.apply(page + 1), "Next ▶", Button.Style.SECONDARY, page == pages - 1));
    }

    private static String join(String a, String b) {
        return a == null ? b : a + " · " + b;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
