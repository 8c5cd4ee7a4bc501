package dev.watchparty.spoiler;

/** Reads rendered Discord text the way Discord does: which parts are inside live spoiler tags. */
public final class SpoilerTags {

    private SpoilerTags() {}

    /** The text outside every live {@code ||…||} pair; escaped characters stay escaped. */
    public static String outsideTags(String text) {
        StringBuilder outside = new StringBuilder();
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                if (!inside) {
                    outside.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (c == '|' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
                inside = !inside;
                i++;
                outside.append(' ');
            } else if (!inside) {
                outside.append(c);
            }
        }
        return outside.toString();
    }

    /** How many unescaped {@code |} characters the text has (each live tag contributes two pairs). */
    public static int unescapedBarPairs(String text) {
        int bars = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                bars++;
            }
        }
        return bars / 2;
    }
}
