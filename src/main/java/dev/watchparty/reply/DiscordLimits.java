package dev.watchparty.reply;

/** Discord's documented message limits, for classic messages and Components V2; the reply model never builds anything past them. */
public final class DiscordLimits {

    public static final int CONTENT = 2000;
    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4096;
    public static final int EMBED_FIELDS = 25;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1024;
    public static final int FOOTER = 2048;
    public static final int EMBED_TOTAL = 6000;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int ACTION_ROWS = 5;
    public static final int BUTTON_LABEL = 80;
    public static final int CUSTOM_ID = 100;
    public static final int SELECT_OPTIONS = 25;
    public static final int SELECT_LABEL = 100;
    public static final int AUTOCOMPLETE_CHOICES = 25;
    public static final int CHOICE_NAME = 100;
    public static final int CHOICE_VALUE = 100;
    /**
     * A Components V2 message (message flag {@code IS_COMPONENTS_V2}) holds no content and no embeds, only
     * components: at most this many, nested ones (a container's, a row's buttons) counted.
     */
    public static final int V2_COMPONENTS = 40;
    /** Characters across all the text displays of a Components V2 message. */
    public static final int V2_TEXT = 4000;

    public static final int MODAL_TITLE = 45;
    public static final int MODAL_LABEL = 45;
    public static final int TEXT_INPUT_PLACEHOLDER = 100;
    public static final int TEXT_INPUT_VALUE = 4000;

    private DiscordLimits() {}

    public static String require(String text, int max, String what) {
        if (text != null && text.length() > max) {
            throw new IllegalArgumentException(what + " is " + text.length() + " characters; Discord allows " + max);
        }
        return text;
    }

    /** Shortens text that is not under spoiler tags (names, titles) to fit a limit, marking the cut. */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String cut = text.substring(0, max - 1);
        if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            // never half of a character outside the basic plane (an emoji)
            cut = cut.substring(0, cut.length() - 1);
        }
        // an escape backslash left dangling at the end would escape the ellipsis
        int trailing = 0;
        for (int i = cut.length() - 1; i >= 0 && cut.charAt(i) == '\\'; i--) {
            trailing++;
        }
        return (trailing % 2 == 1 ? cut.substring(0, cut.length() - 1) : cut) + "…";
    }
}
