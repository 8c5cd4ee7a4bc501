package dev.watchparty.reply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Lays headed sections out on as many cards as they need. Blocks are joined into fields of at most 1024
 * characters and fields onto pages of a readable size, always between blocks, so a spoiler tag (which lives
 * inside one block) is never cut. A page is measured as the text of a Components V2 container, markup included,
 * with room left for a line above it; it then also fits an embed, whose limits are looser. So each page is a valid
 * {@link Card} and, with up to {@link DiscordLimits#BUTTONS_PER_ROW} buttons, a valid V2 reply, by construction.
 */
public final class PageLayout {

    /** Characters of fields per page: well under Discord's limits, and easy to read on a phone. */
    static final int PAGE_FIELD_BUDGET = 3500;
    /** Room on every page for the reply's content above the card (why it was answered privately, say). */
    static final int LEAD_ROOM = 400;

    private static final int FOOTER_ROOM = 300;
    /** The longest page number in any language, so a page laid out in one language fits in every other. */
    private static final String PAGE_NUMBER_EXAMPLE = Texts.LANGUAGES.stream()
            .map(language -> " · " + Texts.format(language, ReplyText.PAGE_NUMBER, 999, 999))
            .max(Comparator.comparingInt(String::length))
            .orElseThrow();
    /** Room for the longest "continued" mark in any language, and the space before it. */
    private static final int CONTINUED_ROOM = Texts.LANGUAGES.stream()
                    .mapToInt(language ->
                            Texts.format(language, ReplyText.CONTINUED).length())
                    .max()
                    .orElseThrow()
            + 1;
    /**
     * Components a page has besides its fields, in a V2 message: the content above it, the container, its heading,
     * the divider, the footer, and a row of buttons.
     */
    private static final int COMPONENTS_BESIDE_FIELDS = 6 + DiscordLimits.BUTTONS_PER_ROW;

    private static final int FIELDS_PER_PAGE =
            Math.min(DiscordLimits.EMBED_FIELDS, DiscordLimits.V2_COMPONENTS - COMPONENTS_BESIDE_FIELDS);

    private PageLayout() {}

    /** Pages of {@code sections}; the page numbers and "continued" marks are written in {@code locale}. */
    public static List<Card> layout(
            Locale locale,
            String title,
            String description,
            List<Section> sections,
            String footer,
            Integer color,
            Card.Frame frame) {
        String safeTitle = title == null ? null : DiscordLimits.shorten(title, DiscordLimits.EMBED_TITLE);
        String safeFooter = footer == null || footer.isBlank() ? null : DiscordLimits.shorten(footer, FOOTER_ROOM);
        // what every page spends before its fields: the content above the card, the title, the footer and page number
        int everyPage = LEAD_ROOM
                + ComponentsV2.heading(safeTitle, null).length()
                + ComponentsV2.smallPrint(join(safeFooter, PAGE_NUMBER_EXAMPLE)).length();
        String safeDescription =
                description == null ? null : wholeLines(description, DiscordLimits.V2_TEXT - everyPage - 1);
        int firstPageBudget = DiscordLimits.V2_TEXT
                - LEAD_ROOM
                - ComponentsV2.heading(safeTitle, safeDescription).length()
                - ComponentsV2.smallPrint(join(safeFooter, PAGE_NUMBER_EXAMPLE)).length();
        int pageBudget = Math.min(PAGE_FIELD_BUDGET, DiscordLimits.V2_TEXT - everyPage);
        List<List<Field>> pages =
                paginate(fieldsOf(sections, locale), Math.min(pageBudget, firstPageBudget), pageBudget);
        List<Card> cards = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            String pageFooter = pages.size() == 1
                    ? safeFooter
                    : join(safeFooter, Texts.format(locale, ReplyText.PAGE_NUMBER, i + 1, pages.size()));
            cards.add(new Card(
                    safeTitle, i == 0 ? blankToNull(safeDescription) : null, pages.get(i), pageFooter, color, frame));
        }
        return cards;
    }

    private static List<Field> fieldsOf(List<Section> sections, Locale locale) {
        String continued = " " + Texts.format(locale, ReplyText.CONTINUED);
        List<Field> fields = new ArrayList<>();
        for (Section section : sections) {
            String heading = DiscordLimits.shorten(section.heading(), DiscordLimits.FIELD_NAME - CONTINUED_ROOM);
            StringBuilder value = new StringBuilder();
            boolean first = true;
            for (String block : section.blocks()) {
                if (value.length() > 0 && value.length() + 1 + block.length() > DiscordLimits.FIELD_VALUE) {
                    fields.add(Field.of(first ? heading : heading + continued, value.toString()));
                    value.setLength(0);
                    first = false;
                }
                value.append(value.length() > 0 ? "\n" : "").append(block);
            }
            if (value.length() > 0) {
                fields.add(Field.of(first ? heading : heading + continued, value.toString()));
            }
        }
        return fields;
    }

    /** Fields onto pages, each field measured as the text display it becomes in a container. */
    private static List<List<Field>> paginate(List<Field> fields, int firstPageBudget, int pageBudget) {
        List<List<Field>> pages = new ArrayList<>();
        List<Field> page = new ArrayList<>();
        int used = 0;
        for (Field field : fields) {
            int budget = pages.isEmpty() ? firstPageBudget : pageBudget;
            int length = ComponentsV2.field(field).length();
            boolean full = page.size() == FIELDS_PER_PAGE || used + length > budget;
            // a first page whose description leaves no room for this field carries the description alone
            boolean firstPageTooFull = pages.isEmpty() && page.isEmpty() && length > budget;
            if ((!page.isEmpty() && full) || firstPageTooFull) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(field);
            used += length;
        }
        pages.add(page);
        return pages;
    }

    /**
     * At most {@code max} characters of whole lines, marked when cut. A line is one block or a line of the bot's
     * own, so a spoiler tag is never cut: a block is far shorter than {@code max}, so only a line of the bot's own
     * could ever be too long alone, and it is shortened as plain text is.
     */
    private static String wholeLines(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf('\n', max - 2);
        return cut <= 0 ? DiscordLimits.shorten(text, max) : text.substring(0, cut) + "\n…";
    }

    /** Previous/next buttons for page {@code page} (0-based) of {@code pages}; none for a single page. */
    public static List<Button> pageButtons(Locale locale, IntFunction<String> idForPage, int page, int pages) {
        if (pages <= 1) {
            return List.of();
        }
        return List.of(
                new Button(
                        idForPage.apply(page - 1),
                        Texts.format(locale, ReplyText.PREVIOUS_PAGE),
                        Button.Style.SECONDARY,
                        page == 0),
                new Button(
                        idForPage.apply(page + 1),
                        Texts.format(locale, ReplyText.NEXT_PAGE),
                        Button.Style.SECONDARY,
                        page == pages - 1));
    }

    private static String join(String a, String b) {
        return a == null ? b : a + " · " + b;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
