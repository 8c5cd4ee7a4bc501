package dev.watchparty.spoiler;

import dev.watchparty.pack.ContentWarning;
import dev.watchparty.pack.Episode;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns pack items into reply text under the spoiler policy. Text is escaped first, then wrapped, so a tag can
 * only ever be closed by the renderer. An item too long for one block is split at spaces into pieces that are
 * each tagged on their own, so no tag spans two fields, pages or messages.
 */
public final class SpoilerRenderer {

    /** Longest block: a block must fit an embed field (1024) with room to join it to neighbours. */
    public static final int MAX_BLOCK = 1000;

    private static final int LABEL_ROOM = 80;

    private SpoilerRenderer() {}

    public static RenderedItems render(Collection<Fact> facts, ReadingContext reader) {
        List<String> blocks = new ArrayList<>();
        int hidden = 0;
        boolean revealed = false;
        for (Fact fact : facts) {
            Visibility visibility = SpoilerPolicy.classify(fact.level(), reader);
            if (visibility == Visibility.HIDDEN) {
                hidden++;
                continue;
            }
            revealed |= visibility == Visibility.REVEALED;
            blocks.addAll(render(fact.text(), fact.level(), fact.warnings(), visibility, reader.language()));
        }
        return new RenderedItems(blocks, hidden, revealed);
    }

    public static RenderedItems render(Fact fact, ReadingContext reader) {
        return render(List.of(fact), reader);
    }

    /**
     * Renders one item already classified; plain items with a content warning are still tagged, behind a plain
     * "CW:" label (in the reader's {@code language}), so that readers opt in.
     */
    static List<String> render(
            String text,
            SpoilerLevel level,
            Collection<ContentWarning> warnings,
            Visibility visibility,
            Locale language) {
        boolean tagged = visibility != Visibility.PLAIN || !warnings.isEmpty();
        if (!tagged) {
            return splitAtSpaces(Markdown.escape(text), MAX_BLOCK - LABEL_ROOM);
        }
        return tagged(text, label(level, warnings, visibility, language));
    }

    /**
     * Text escaped and tagged whole after a plain label, {@code S1E7: ||…||}, in as many blocks as its length
     * needs, each closed on its own and numbered ({@code S1E7 (1/2): ||…||}). The label is already escaped.
     */
    public static List<String> tagged(String text, String label) {
        List<String> pieces = splitAtSpaces(Markdown.escape(text), MAX_BLOCK - LABEL_ROOM);
        List<String> blocks = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            String part = pieces.size() > 1 ? " (" + (i + 1) + "/" + pieces.size() + ")" : "";
            blocks.add(label + part + ": " + Markdown.spoiler(pieces.get(i)));
        }
        return blocks;
    }

    private static String label(
            SpoilerLevel level, Collection<ContentWarning> warnings, Visibility visibility, Locale language) {
        List<String> parts = new ArrayList<>();
        if (visibility != Visibility.PLAIN) {
            parts.add(level.toString());
        }
        if (!warnings.isEmpty()) {
            parts.add(Texts.format(language, SpoilerText.CONTENT_WARNING, contentWarnings(warnings, language)));
        }
        return String.join(" · ", parts);
    }

    /** The names of {@code warnings} in {@code language}, in the enum's order, joined by commas. */
    public static String contentWarnings(Collection<ContentWarning> warnings, Locale language) {
        return warnings.stream()
                .sorted()
                .map(warning -> Texts.format(language, SpoilerText.of(warning)))
                .collect(Collectors.joining(", "));
    }

    /**
     * An episode's name where spoiler tags show (content, a description, a field's value): the code with its
     * title plain, or with the title tagged, or the code alone where the title is past every reader.
     */
    public static String episodeName(Episode episode, ReadingContext reader) {
        SpoilerLevel code = episode.code();
        if (episode.verifiedTitle().isEmpty()) {
            return code.toString();
        }
        String title = Markdown.escape(episode.verifiedTitle().get());
        return switch (SpoilerPolicy.classify(code, reader)) {
            case PLAIN -> code + " · " + title;
            case TAGGED, REVEALED -> code + ": " + Markdown.spoiler(title);
            case HIDDEN -> code.toString();
        };
    }

    /**
     * One line saying what was left out, or empty when nothing was: "3 later facts hidden (you are at S1E3)".
     * {@code what} counts the hidden things ({@link SpoilerText#HIDDEN_FACTS}, {@link SpoilerText#HIDDEN_LINES}).
     */
    public static String hiddenNote(int hidden, SpoilerText what, ReadingContext reader) {
        if (hidden == 0) {
            return "";
        }
        Progress requester = reader.requester();
        String where = requester.hasStarted()
                ? Texts.format(
                        reader.language(),
                        SpoilerText.YOU_ARE_AT,
                        requester.watchedThrough().toString())
                : Texts.format(reader.language(), SpoilerText.NOT_STARTED);
        return Texts.format(reader.language(), what, hidden, where);
    }

    /** Splits escaped text into pieces of at most {@code max} characters, at spaces where it can. */
    static List<String> splitAtSpaces(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf(' ', max);
            if (cut <= 0) {
                cut = max;
                // never cut between a backslash and the character it escapes
                if (rest.charAt(cut - 1) == '\\' && !escapedBackslashEndsAt(rest, cut - 1)) {
                    cut--;
                }
            }
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    /** Whether the backslash at {@code index} is itself escaped (preceded by an odd run of backslashes). */
    private static boolean escapedBackslashEndsAt(String text, int index) {
        int run = 0;
        for (int i = index - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            run++;
        }
        return run % 2 == 1;
    }
}
