package dev.watchparty.trivia;

import dev.watchparty.command.ComponentId;
import dev.watchparty.pack.Fact;
import dev.watchparty.reply.Button;
import dev.watchparty.reply.Card;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.reply.Colors;
import dev.watchparty.reply.DiscordLimits;
import dev.watchparty.reply.PageLayout;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Section;
import dev.watchparty.reply.Texts;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ReadingContext;
import dev.watchparty.spoiler.SpoilerRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a round in its channel: each question as a message with one button per choice, edited in place when
 * it is revealed, and the final standings. Pack text is escaped; a question with a content warning is tagged.
 * A question is read at the round's cap, so nothing above the cap is ever written.
 */
public final class TriviaPresenter implements RoundListener {

    private static final Logger log = LoggerFactory.getLogger(TriviaPresenter.class);
    static final String JOIN = "join";
    static final String ANSWER = "answer";
    static final String SOLO_ANSWER = "solo";
    private static final int MAX_STANDINGS = 20;
    /** Who got a question and who missed it, cut to leave the question its room in a V2 message's 4,000 characters. */
    private static final int RESULTS_ROOM = 1500;

    private final ChannelMessenger messenger;
    /** The message each question went out in, per round and question: the reveal edits it. */
    private final Map<String, CompletableFuture<String>> questionMessages = new ConcurrentHashMap<>();

    public TriviaPresenter(ChannelMessenger messenger) {
        this.messenger = messenger;
    }

    public boolean canPostIn(String channelId) {
        return messenger.canPost(channelId);
    }

    public static String answerId(String roundId, int questionNumber, int choice) {
        return ComponentId.of(
                        TriviaCommand.NAME, ANSWER, roundId, Integer.toString(questionNumber), Integer.toString(choice))
                .encode();
    }

    public static String joinId(String roundId) {
        return ComponentId.of(TriviaCommand.NAME, JOIN, roundId).encode();
    }

    @Override
    public void questionAsked(RoundView round, AskedQuestion question) {
        CompletableFuture<String> posted =
                messenger.post(round.setup().channelId(), questionReply(round, question, null));
        posted.exceptionally(error -> {
            log.warn(
                    "posting question {} of round {} failed: {}",
                    question.number(),
                    round.setup().roundId(),
                    error.toString());
            return null;
        });
        questionMessages.put(key(round, question), posted);
    }

    @Override
    public void questionRevealed(RoundView round, AskedQuestion question, List<ScoredAnswer> answers) {
        CompletableFuture<String> posted = questionMessages.remove(key(round, question));
        Reply revealed = questionReply(round, question, answers);
        if (posted == null) {
            messenger.post(round.setup().channelId(), revealed);
            return;
        }
        posted.thenAccept(messageId -> {
            if (messageId != null) {
                messenger.edit(round.setup().channelId(), messageId, revealed);
            }
        });
    }

    @Override
    public void roundEnded(RoundView round, EndReason reason, List<Standing> standings) {
        questionMessages.keySet().removeIf(key -> key.startsWith(round.setup().roundId() + "#"));
        messenger.post(round.setup().channelId(), standingsReply("Trivia over", reason.description(), standings));
    }

    /** Tells a channel that its round was cut short by a restart, with the scores it kept. */
    public void announceInterrupted(TriviaStore.StoredRound round, List<Standing> standings) {
        if (messenger.canPost(round.channelId())) {
            messenger.post(
                    round.channelId(),
                    standingsReply("Trivia interrupted", EndReason.INTERRUPTED.description(), standings));
        }
    }

    private static String key(RoundView round, AskedQuestion question) {
        return round.setup().roundId() + "#" + question.number();
    }

    Reply questionReply(RoundView round, AskedQuestion question, List<ScoredAnswer> answers) {
        StringBuilder description = questionText(round, question);
        IntFunction<String> answerIds = choice -> answerId(round.setup().roundId(), question.number(), choice);
        List<Button> buttons;
        String footer;
        if (answers == null) {
            description
                    .append("\n⏱ Closes <t:")
                    .append(question.deadline().getEpochSecond())
                    .append(":R>");
            buttons = choiceButtons(question, answerIds, false);
            footer = "Your first click counts.";
        } else {
            description
                    .append("\n✅ Answer: **")
                    .append(rightChoice(question))
                    .append("**\n")
                    .append(DiscordLimits.shorten(results(answers), RESULTS_ROOM));
            buttons = choiceButtons(question, answerIds, true);
            footer = question.number() < question.total() ? "Next question in a moment." : null;
        }
        Card card = new Card(
                "Question " + question.number() + " of " + question.total(),
                description.toString(),
                List.of(),
                footer,
                Colors.TRIVIA,
                Card.Frame.CONTAINER);
        return new Reply(null, card, buttons, null, false);
    }

    /**
     * A private round's reply to its player: how the last click went, then the next question, or the total.
     * The opening step shows the round's terms before its first question. Each click updates the one message, so
     * every step, the last too, is a container: a Components V2 message stays one.
     */
    public static Reply soloReply(SoloRound round, SoloRound.Step step) {
        StringBuilder content = new StringBuilder();
        if (step.isOpening()) {
            content.append("🎯 Your private round: ")
                    .append(round.questionCount())
                    .append(round.questionCount() == 1 ? " question" : " questions")
                    .append(" through ")
                    .append(capLabel(round.setup()))
                    .append(", ")
                    .append(round.setup().perQuestion().toSeconds())
                    .append(" s each. Only you can see it.");
        } else {
            AskedQuestion answered = step.answered();
            content.append(
                            step.late()
                                    ? "⌛ Time was up: it was **"
                                    : step.answer().correct() ? "✅ Right, **" : "❌ It was **")
                    .append(rightChoice(answered))
                    .append("**")
                    .append(step.answer().correct() ? " (+" + step.answer().points() + ")." : ".");
        }
        AskedQuestion next = step.next();
        if (next == null) {
            Standing total = step.total();
            Card over = new Card(
                    "🏁 Round over",
                    total.points() + " points, " + total.correct() + " of " + total.answered()
                            + " right. Private rounds count in /trivia stats, not on the server's leaderboard.",
                    List.of(),
                    null,
                    Colors.TRIVIA,
                    Card.Frame.CONTAINER);
            return new Reply(content.toString(), over, List.of(), null, true);
        }
        StringBuilder description = questionText(round, next)
                .append("\n⏱ Answer by <t:")
                .append(next.deadline().getEpochSecond())
                .append(":T> for points.");
        Card card = new Card(
                "Question " + next.number() + " of " + next.total(),
                description.toString(),
                List.of(),
                null,
                Colors.TRIVIA,
                Card.Frame.CONTAINER);
        IntFunction<String> ids = choice -> soloAnswerId(round.id(), next.number(), choice);
        return new Reply(content.toString(), card, choiceButtons(next, ids, false), null, true);
    }

    public static String soloAnswerId(String roundId, int questionNumber, int choice) {
        return ComponentId.of(
                        TriviaCommand.NAME,
                        SOLO_ANSWER,
                        roundId,
                        Integer.toString(questionNumber),
                        Integer.toString(choice))
                .encode();
    }

    /** The question, read at the round's cap, and its lettered choices; pack text escaped. */
    private static StringBuilder questionText(RoundView round, AskedQuestion question) {
        ReadingContext atCap =
                ReadingContext.ephemeral(Progress.through(round.setup().cap()), Texts.FALLBACK);
        Fact asFact = new Fact(
                question.question().question(),
                question.question().level(),
                question.question().sources(),
                question.question().warnings());
        StringBuilder description = new StringBuilder(
                String.join("\n", SpoilerRenderer.render(asFact, atCap).blocks()));
        description.append("\n\n");
        for (int i = 0; i < question.choices().size(); i++) {
            description
                    .append("**")
                    .append(AskedQuestion.letter(i))
                    .append("** · ")
                    .append(Markdown.escape(question.choices().get(i)))
                    .append('\n');
        }
        return description;
    }

    /** One button per choice; once revealed, disabled, with the right one marked. */
    private static List<Button> choiceButtons(AskedQuestion question, IntFunction<String> ids, boolean revealed) {
        List<Button> buttons = new ArrayList<>();
        for (int i = 0; i < question.choices().size(); i++) {
            Button.Style style = !revealed
                    ? Button.Style.PRIMARY
                    : i == question.correctIndex() ? Button.Style.SUCCESS : Button.Style.SECONDARY;
            buttons.add(new Button(
                    ids.apply(i),
                    AskedQuestion.letter(i) + " · " + question.choices().get(i),
                    style,
                    revealed));
        }
        return buttons;
    }

    private static String rightChoice(AskedQuestion question) {
        return AskedQuestion.letter(question.correctIndex()) + " · " + Markdown.escape(question.correctChoice());
    }

    /** The public card that opens a round: what it asks about, its cap and why, and how to play. */
    static Reply header(TriviaRound round, String showTitle) {
        RoundSetup setup = round.setup();
        String text = round.questionCount()
                + (round.questionCount() == 1 ? " question, " : " questions, ")
                + setup.perQuestion().toSeconds()
                + " s each, started by " + Markdown.escape(setup.starterName()) + ".\n"
                + "Spoiler cap: **" + capLabel(setup) + "** ("
                + setup.capSource().description()
                + "): no question goes past it. If you haven't watched that far, sit this one out.\n"
                + "The first question comes in " + setup.pause().toSeconds() + " s. Press Join to play; each question "
                + "closes early once everyone who joined has answered.";
        Card card = new Card(
                "🎬 " + Markdown.escape(showTitle) + " trivia",
                text,
                List.of(),
                null,
                Colors.TRIVIA,
                Card.Frame.CONTAINER);
        return new Reply(
                null, card, List.of(new Button(joinId(round.id()), "Join", Button.Style.SUCCESS, false)), null, false);
    }

    /** "S1E3", "the premise only", or "questions from S1E3 only". */
    static String capLabel(RoundSetup setup) {
        String level = setup.cap().isEpisode() ? setup.cap().toString() : "the premise only";
        return setup.onlyLevel() == null ? level : "questions from " + setup.onlyLevel() + " only";
    }

    private static String results(List<ScoredAnswer> answers) {
        if (answers.isEmpty()) {
            return "Nobody answered.";
        }
        String right = answers.stream()
                .filter(ScoredAnswer::correct)
                .map(answer -> Markdown.escape(answer.displayName()) + " (+" + answer.points() + ")")
                .collect(Collectors.joining(", "));
        String wrong = answers.stream()
                .filter(answer -> !answer.correct())
                .map(answer -> Markdown.escape(answer.displayName()))
                .collect(Collectors.joining(", "));
        return (right.isEmpty() ? "Nobody got it." : "Got it: " + right)
                + (wrong.isEmpty() ? "" : "\nMissed: " + wrong);
    }

    /** A ranked list of players; used for a round's end and for leaderboards. */
    public static Reply standingsReply(String title, String description, List<Standing> standings) {
        List<String> lines = Standing.rankedLines(standings.subList(0, Math.min(standings.size(), MAX_STANDINGS)));
        List<Section> sections = lines.isEmpty() ? List.of() : List.of(new Section("Standings", lines));
        String text = lines.isEmpty() ? description + "\nNo scores yet." : description;
        if (standings.size() > MAX_STANDINGS) {
            text += "\n(top " + MAX_STANDINGS + " of " + standings.size() + " players)";
        }
        Card card = PageLayout.layout(Texts.FALLBACK, title, text, sections, null, Colors.TRIVIA, Card.Frame.CONTAINER)
                .get(0);
        return new Reply(null, card, List.of(), null, false);
    }
}
