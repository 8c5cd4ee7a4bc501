package dev.watchparty.trivia;

import dev.watchparty.command.ComponentId;
import dev.watchparty.pack.Fact;
import dev.watchparty.pack.SpoilerLevel;
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
import java.util.Locale;
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
        messenger.post(
                round.setup().channelId(),
                endReply(round.setup().language(), TriviaText.ROUND_OVER_TITLE, reason, standings));
    }

    /** Tells a channel that its round was cut short by a restart, with the scores it kept, in the round's language. */
    public void announceInterrupted(TriviaStore.StoredRound round, List<Standing> standings) {
        if (messenger.canPost(round.channelId())) {
            messenger.post(
                    round.channelId(),
                    endReply(round.language(), TriviaText.ROUND_INTERRUPTED_TITLE, EndReason.INTERRUPTED, standings));
        }
    }

    private static Reply endReply(Locale language, TriviaText title, EndReason reason, List<Standing> standings) {
        return standingsReply(
                language, Texts.format(language, title), Texts.format(language, reason.description()), standings);
    }

    private static String key(RoundView round, AskedQuestion question) {
        return round.setup().roundId() + "#" + question.number();
    }

    Reply questionReply(RoundView round, AskedQuestion question, List<ScoredAnswer> answers) {
        Locale language = round.setup().language();
        StringBuilder description = questionText(round, question);
        IntFunction<String> answerIds = choice -> answerId(round.setup().roundId(), question.number(), choice);
        List<Button> buttons;
        String footer;
        if (answers == null) {
            description.append('\n').append(Texts.format(language, TriviaText.CLOSES, timestamp(question, "R")));
            buttons = choiceButtons(question, answerIds, false);
            footer = Texts.format(language, TriviaText.FIRST_CLICK_COUNTS);
        } else {
            description
                    .append('\n')
                    .append(Texts.format(language, TriviaText.ANSWER, rightChoice(question)))
                    .append('\n')
                    .append(DiscordLimits.shorten(results(language, answers), RESULTS_ROOM));
            buttons = choiceButtons(question, answerIds, true);
            footer =
                    question.number() < question.total() ? Texts.format(language, TriviaText.NEXT_QUESTION_SOON) : null;
        }
        Card card = new Card(
                questionTitle(language, question),
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
        Locale language = round.setup().language();
        String content = step.isOpening()
                ? Texts.format(
                        language,
                        TriviaText.SOLO_OPENING,
                        round.questionCount(),
                        capLabel(language, round.setup()),
                        round.setup().perQuestion().toSeconds())
                : outcome(language, step);
        AskedQuestion next = step.next();
        if (next == null) {
            Standing total = step.total();
            Card over = new Card(
                    Texts.format(language, TriviaText.SOLO_OVER_TITLE),
                    Texts.format(language, TriviaText.SOLO_OVER, total.points(), total.correct(), total.answered()),
                    List.of(),
                    null,
                    Colors.TRIVIA,
                    Card.Frame.CONTAINER);
            return new Reply(content, over, List.of(), null, true);
        }
        StringBuilder description = questionText(round, next)
                .append('\n')
                .append(Texts.format(language, TriviaText.SOLO_ANSWER_BY, timestamp(next, "T")));
        Card card = new Card(
                questionTitle(language, next),
                description.toString(),
                List.of(),
                null,
                Colors.TRIVIA,
                Card.Frame.CONTAINER);
        IntFunction<String> ids = choice -> soloAnswerId(round.id(), next.number(), choice);
        return new Reply(content, card, choiceButtons(next, ids, false), null, true);
    }

    /** How a private round's click went: in time and right (with its points), in time and wrong, or too late. */
    private static String outcome(Locale language, SoloRound.Step step) {
        String right = rightChoice(step.answered());
        if (step.late()) {
            return Texts.format(language, TriviaText.SOLO_TIME_UP, right);
        }
        return step.answer().correct()
                ? Texts.format(
                        language, TriviaText.SOLO_RIGHT, right, step.answer().points())
                : Texts.format(language, TriviaText.SOLO_WRONG, right);
    }

    private static String questionTitle(Locale language, AskedQuestion question) {
        return Texts.format(language, TriviaText.QUESTION_TITLE, question.number(), question.total());
    }

    /** A Discord timestamp of the question's deadline, which each reader's client shows in their own language. */
    private static String timestamp(AskedQuestion question, String style) {
        return "<t:" + question.deadline().getEpochSecond() + ":" + style + ">";
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
        ReadingContext atCap = ReadingContext.ephemeral(
                Progress.through(round.setup().cap()), round.setup().language());
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

    /** The public card that opens a round, in its language: what it asks about, its cap and why, and how to play. */
    static Reply header(TriviaRound round, String showTitle) {
        RoundSetup setup = round.setup();
        Locale language = setup.language();
        String text = Texts.format(
                language,
                TriviaText.HEADER,
                round.questionCount(),
                setup.perQuestion().toSeconds(),
                Markdown.escape(setup.starterName()),
                capLabel(language, setup),
                Texts.format(language, setup.capSource().description()),
                setup.pause().toSeconds());
        Card card = new Card(
                Texts.format(language, TriviaText.HEADER_TITLE, Markdown.escape(showTitle)),
                text,
                List.of(),
                null,
                Colors.TRIVIA,
                Card.Frame.CONTAINER);
        Button join =
                new Button(joinId(round.id()), Texts.format(language, TriviaText.JOIN), Button.Style.SUCCESS, false);
        return new Reply(null, card, List.of(join), null, false);
    }

    /** "S1E3", "the premise only", or "questions from S1E3 only". */
    static String capLabel(Locale language, RoundSetup setup) {
        return setup.onlyLevel() == null
                ? levelLabel(language, setup.cap())
                : Texts.format(
                        language, TriviaText.CAP_ONLY_LEVEL, setup.onlyLevel().toString());
    }

    /** "S1E3", or "the premise only". */
    static String levelLabel(Locale language, SpoilerLevel cap) {
        return cap.isEpisode() ? cap.toString() : Texts.format(language, TriviaText.CAP_PREMISE);
    }

    private static String results(Locale language, List<ScoredAnswer> answers) {
        if (answers.isEmpty()) {
            return Texts.format(language, TriviaText.NOBODY_ANSWERED);
        }
        String right = answers.stream()
                .filter(ScoredAnswer::correct)
                .map(answer -> Markdown.escape(answer.displayName()) + " (+" + answer.points() + ")")
                .collect(Collectors.joining(", "));
        String wrong = answers.stream()
                .filter(answer -> !answer.correct())
                .map(answer -> Markdown.escape(answer.displayName()))
                .collect(Collectors.joining(", "));
        return (right.isEmpty()
                        ? Texts.format(language, TriviaText.NOBODY_GOT_IT)
                        : Texts.format(language, TriviaText.GOT_IT, right))
                + (wrong.isEmpty() ? "" : "\n" + Texts.format(language, TriviaText.MISSED, wrong));
    }

    /** A ranked list of players in {@code language}; used for a round's end and for leaderboards. */
    static Reply standingsReply(Locale language, String title, String description, List<Standing> standings) {
        List<String> lines =
                Standing.rankedLines(language, standings.subList(0, Math.min(standings.size(), MAX_STANDINGS)));
        List<Section> sections =
                lines.isEmpty() ? List.of() : List.of(new Section(Texts.format(language, TriviaText.STANDINGS), lines));
        String text =
                lines.isEmpty() ? description + "\n" + Texts.format(language, TriviaText.NO_SCORES_YET) : description;
        if (standings.size() > MAX_STANDINGS) {
            text += "\n" + Texts.format(language, TriviaText.TOP_OF, MAX_STANDINGS, standings.size());
        }
        Card card = PageLayout.layout(language, title, text, sections, null, Colors.TRIVIA, Card.Frame.CONTAINER)
                .get(0);
        return new Reply(null, card, List.of(), null, false);
    }
}
