package dev.watchparty.trivia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.BotCore;
import dev.watchparty.Stores;
import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.ComponentResponse;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.Place;
import dev.watchparty.command.ShardRange;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Button;
import dev.watchparty.reply.RecordingMessenger;
import dev.watchparty.reply.Reply;
import dev.watchparty.schedule.ManualScheduler;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.storage.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /trivia through the real router: the spoiler cap's three cases, permissions, buttons, boards, restarts. */
class TriviaCommandTest {

    private static final Invoker ALICE = new Invoker("alice", "Alice");
    private static final Invoker BOB = new Invoker("bob", "Bob");
    private static final Place CHANNEL = Place.serverChannel("guild", "c1", Set.of());
    private static final Place CHANNEL_AS_MODERATOR =
            Place.serverChannel("guild", "c1", EnumSet.of(Place.Power.MANAGE_MESSAGES));

    /** A server whose community language is German, and a member whose Discord is in Spanish (Spain). */
    private static final Place GERMAN_CHANNEL = new Place("guild", "c1", true, Set.of(), Locale.GERMAN);

    private static final Invoker SPANISH_BOB = new Invoker("bob", "Bob", Locale.forLanguageTag("es-ES"));

    private TestCore test;

    @BeforeEach
    void setUp() {
        test = TestCore.forPack(TestPacks.quiz());
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    /** Runs /trivia; after a start, lets the opening pause pass so the first question is out. */
    private Reply trivia(Invoker who, Place where, String subcommand, Map<String, Object> options) {
        Reply reply = test.router().execute(new CommandRequest("trivia", subcommand, options, who, where));
        if (subcommand.equals("start")) {
            test.time().advance(TestCore.TRIVIA_PAUSE);
        }
        return reply;
    }

    private void watched(Invoker who, String episode) {
        test.stores().progress().save(who.userId(), "quiz", Progress.through(SpoilerLevel.parse(episode)));
    }

    private Reply click(Invoker who, String customId) {
        return click(who, CHANNEL, customId);
    }

    private Reply click(Invoker who, Place where, String customId) {
        return test.router()
                .component(new ComponentRequest(customId, List.of(), who, where))
                .reply();
    }

    /** The question message most recently posted (not an edit). */
    private RecordingMessenger.Sent lastQuestion() {
        return test.channel().sent().stream()
                .filter(sent -> !sent.edit() && !sent.reply().buttons().isEmpty())
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    private List<SpoilerLevel> askedLevels() {
        return test.channel().sent().stream()
                .filter(sent -> !sent.edit() && !sent.reply().buttons().isEmpty())
                .map(sent -> sent.reply().card().description())
                .map(TriviaCommandTest::levelIn)
                .toList();
    }

    @Test
    @DisplayName("GIVEN through: past the starter's progress WHEN a round is started THEN it is refused privately")
    void throughPastProgressIsRefused() {
        watched(ALICE, "S1E1");
        test.stores().channelLevels().setLevel("c1", "quiz", SpoilerLevel.episode(1, 3), "mod");
        Reply reply = trivia(ALICE, CHANNEL, "start", Map.of("through", "S1E3"));
        assertTrue(reply.ephemeral());
        assertTrue(reply.content().contains("You have watched S1E1, so you can't play through S1E3"), reply.content());
        assertTrue(test.channel().sent().isEmpty(), "no question was posted");
    }

    @Test
    @DisplayName(
            "GIVEN through: past the channel's level WHEN a round is started THEN it is refused with the ways to raise it")
    void throughPastChannelIsRefused() {
        watched(ALICE, "S1E3");
        Reply reply = trivia(ALICE, CHANNEL, "start", Map.of("through", "S1E2"));
        assertTrue(reply.ephemeral());
        assertTrue(reply.content().startsWith("This channel has seen only the premise"), reply.content());
        assertTrue(
                reply.content().contains("/spoilers channel") && reply.content().contains("/trivia solo"),
                reply.content());
        assertTrue(test.channel().sent().isEmpty(), "no question was posted");
    }

    @Test
    @DisplayName(
            "GIVEN through: within the starter's progress and the channel WHEN started THEN questions stay at or below it")
    void throughCap() {
        watched(ALICE, "S1E3");
        test.stores().channelLevels().setLevel("c1", "quiz", SpoilerLevel.episode(1, 3), "mod");
        Reply header = trivia(ALICE, CHANNEL, "start", Map.of("through", "S1E1", "questions", 7L));
        assertFalse(header.ephemeral());
        assertTrue(
                header.card().description().contains("Spoiler cap: **S1E1** (the episode you chose)"),
                header.card().description());
        playOut(7);
        assertEquals(7, askedLevels().size());
        askedLevels().forEach(level -> assertFalse(level.isAbove(SpoilerLevel.episode(1, 1)), level.toString()));
    }

    @Test
    @DisplayName(
            "GIVEN a channel raised to S1E2 and a starter at S1E3 WHEN a round starts THEN the channel's level caps it")
    void channelCap() {
        watched(ALICE, "S1E3");
        test.stores().channelLevels().setLevel("c1", "quiz", SpoilerLevel.episode(1, 2), "mod");
        Reply header = trivia(ALICE, CHANNEL, "start", Map.of("questions", 10L));
        assertTrue(
                header.card().description().contains("Spoiler cap: **S1E2** (this channel's level)"),
                header.card().description());
        playOut(10);
        assertTrue(askedLevels().contains(SpoilerLevel.episode(1, 2)), "the channel's level is used");
        askedLevels().forEach(level -> assertFalse(level.isAbove(SpoilerLevel.episode(1, 2))));
    }

    @Test
    @DisplayName(
            "GIVEN a channel at S1E2 and a starter at S1E1 WHEN a round starts THEN the starter's progress caps it")
    void starterCap() {
        watched(ALICE, "S1E1");
        test.stores().channelLevels().setLevel("c1", "quiz", SpoilerLevel.episode(1, 2), "mod");
        Reply header = trivia(ALICE, CHANNEL, "start", Map.of("questions", 50L));
        assertTrue(
                header.card().description().contains("Spoiler cap: **S1E1** (the progress of whoever started it)"),
                header.card().description());
        playOut(7);
        assertEquals(7, askedLevels().size(), "only the seven questions up to S1E1 exist");
        askedLevels().forEach(level -> assertFalse(level.isAbove(SpoilerLevel.episode(1, 1))));
    }

    @Test
    @DisplayName(
            "GIVEN a channel at the premise WHEN a viewer at S1E3 starts a round THEN it asks only meta and premise questions")
    void premiseChannelAsksPremiseOnly() {
        watched(ALICE, "S1E3");
        Reply header = trivia(ALICE, CHANNEL, "start", Map.of("questions", 50L));
        assertTrue(
                header.card().description().contains("Spoiler cap: **the premise only** (this channel's level)"),
                header.card().description());
        playOut(4);
        assertEquals(4, askedLevels().size(), "the four meta and premise questions, and no more");
        askedLevels().forEach(level -> assertFalse(level.isEpisode(), level.toString()));
    }

    @Test
    @DisplayName(
            "GIVEN a viewer at S1E3 in a channel at the premise WHEN they play solo THEN questions up to S1E3 come privately, one per click, and nothing is posted")
    void soloRoundUpToOwnProgress() {
        watched(ALICE, "S1E3");
        Reply reply = trivia(ALICE, CHANNEL, "solo", Map.of("questions", 12L));
        assertTrue(reply.ephemeral());
        assertTrue(reply.content().startsWith("🎯 Your private round: 12 questions through S1E3"), reply.content());
        List<SpoilerLevel> asked = new ArrayList<>();
        for (int number = 1; number <= 12; number++) {
            assertTrue(reply.ephemeral());
            assertEquals("Question " + number + " of 12", reply.card().title());
            asked.add(levelIn(reply.card().description()));
            String right = reply.buttons().stream()
                    .filter(button -> button.label().contains("Right "))
                    .map(Button::customId)
                    .findFirst()
                    .orElseThrow();
            ComponentResponse response =
                    test.router().component(new ComponentRequest(right, List.of(), ALICE, CHANNEL));
            assertTrue(response.updatesMessage(), "the private message becomes the next step");
            reply = response.reply();
            assertTrue(reply.content().startsWith("✅ Right"), reply.content());
        }
        assertEquals("🏁 Round over", reply.card().title(), "the last step is a card too: the message stays V2");
        assertTrue(reply.componentsV2());
        assertTrue(
                reply.card().description().contains("12 of 12 right"),
                reply.card().description());
        assertTrue(asked.contains(SpoilerLevel.episode(1, 3)), "the player's own progress is the cap: " + asked);
        asked.forEach(level -> assertFalse(level.isAbove(SpoilerLevel.episode(1, 3))));
        assertTrue(test.channel().sent().isEmpty(), "nothing went to the channel");
        assertTrue(
                trivia(ALICE, CHANNEL, "stats", Map.of()).content().contains("12 of 12 right"),
                "a private round counts in the player's stats");
        assertTrue(
                trivia(ALICE, CHANNEL, "leaderboard", Map.of())
                        .card()
                        .description()
                        .contains("No scores yet"),
                "but not on the server's leaderboard");
    }

    @Test
    @DisplayName(
            "GIVEN a private round WHEN the player clicks late, twice, or someone else clicks THEN late scores nothing and the rest is refused")
    void soloClicks() {
        watched(ALICE, "S1E1");
        Reply first = trivia(ALICE, CHANNEL, "solo", Map.of("questions", 2L));
        String choice = first.buttons().get(0).customId();
        assertEquals(
                "This private round has ended. Start another with /trivia solo.",
                test.router()
                        .component(new ComponentRequest(choice, List.of(), BOB, CHANNEL))
                        .reply()
                        .content());
        test.time().advance(Duration.ofSeconds(21));
        Reply late = test.router()
                .component(new ComponentRequest(choice, List.of(), ALICE, CHANNEL))
                .reply();
        assertTrue(late.content().startsWith("⌛ Time was up"), late.content());
        assertEquals("Question 2 of 2", late.card().title());
        Reply again = test.router()
                .component(new ComponentRequest(choice, List.of(), ALICE, CHANNEL))
                .reply();
        assertTrue(again.content().contains("already answered"), again.content());
        assertTrue(trivia(ALICE, CHANNEL, "stats", Map.of()).content().contains("0 of 1 right"));
    }

    private static SpoilerLevel levelIn(String questionText) {
        return SpoilerLevel.parse(questionText.replaceAll("(?s).*at (meta|premise|S1E\\d).*", "$1"));
    }

    /** Alice answers every question at once (she alone joined), so the round moves on after each pause. */
    private void playOut(int questions) {
        for (int number = 1; number <= questions; number++) {
            Button first = lastQuestion().reply().buttons().get(0);
            assertTrue(first.customId().contains(":" + number + ":"), first.customId());
            click(ALICE, first.customId());
            test.time().advance(TestCore.TRIVIA_PAUSE);
        }
    }

    @Test
    @DisplayName(
            "GIVEN a running round WHEN another member stops it THEN it is refused; its starter or a moderator may")
    void stopPermissions() {
        trivia(ALICE, CHANNEL, "start", Map.of());
        Reply refused = trivia(BOB, CHANNEL, "stop", Map.of());
        assertTrue(refused.ephemeral());
        assertTrue(refused.content().startsWith("Only the round's starter"));
        Reply stopped = trivia(BOB, CHANNEL_AS_MODERATOR, "stop", Map.of());
        assertEquals("Trivia stopped by Bob.", stopped.content());
        assertTrue(trivia(ALICE, CHANNEL, "stop", Map.of()).content().contains("No round is running"));
        trivia(ALICE, CHANNEL, "start", Map.of());
        assertEquals(
                "Trivia stopped by Alice.",
                trivia(ALICE, CHANNEL, "stop", Map.of()).content());
    }

    @Test
    @DisplayName("GIVEN a second start in a busy channel WHEN asked THEN it points to the running round privately")
    void secondStart() {
        trivia(ALICE, CHANNEL, "start", Map.of());
        Reply second = trivia(BOB, CHANNEL, "start", Map.of());
        assertTrue(second.ephemeral());
        assertTrue(second.content().contains("A round is already running here (started by Alice)"), second.content());
    }

    @Test
    @DisplayName(
            "GIVEN the buttons WHEN clicked THEN join, lock-in, a double click and a late click each get their private answer")
    void buttons() {
        Reply header = trivia(ALICE, CHANNEL, "start", Map.of("questions", 2L));
        String join = header.buttons().get(0).customId();
        assertEquals(
                "You're in: answer with the buttons under each question.",
                click(BOB, join).content());
        assertEquals("You have already joined this round.", click(BOB, join).content());
        RecordingMessenger.Sent firstQuestion = lastQuestion();
        List<Button> choices = firstQuestion.reply().buttons();
        assertEquals(4, choices.size());
        assertEquals("Locked in: B.", click(BOB, choices.get(1).customId()).content());
        assertEquals(
                "You already answered B; your first answer counts.",
                click(BOB, choices.get(2).customId()).content());
        test.time().advance(Duration.ofSeconds(20));
        assertEquals(
                "Sorry, that question has closed.",
                click(ALICE, choices.get(0).customId()).content());
        RecordingMessenger.Sent reveal = test.channel().sent().stream()
                .filter(RecordingMessenger.Sent::edit)
                .findFirst()
                .orElseThrow();
        assertEquals(firstQuestion.messageId(), reveal.messageId(), "the reveal edits the question's own message");
        assertTrue(reveal.reply().buttons().stream().allMatch(Button::disabled), "a revealed question takes no clicks");
        assertTrue(reveal.reply().card().description().contains("✅ Answer:"));
        assertEquals(
                "This button no longer does anything.",
                click(ALICE, "trivia:answer:nonsense").content());
    }

    @Test
    @DisplayName(
            "GIVEN a German server WHEN a round is played there THEN everything it posts is German, while each clicker's private notice and each requester's reply is in their own language")
    void roundInTheServersLanguage() {
        Reply header = trivia(ALICE, GERMAN_CHANNEL, "start", Map.of("questions", 1L));
        assertTrue(header.card().title().startsWith("🎬 Quiz: "), header.card().title());
        assertTrue(
                header.card().description().contains("Spoiler-Grenze: **nur die Prämisse** (der Stand dieses Kanals)"),
                header.card().description());
        assertEquals("Mitspielen", header.buttons().get(0).label(), "the channel reads the Join button");
        assertEquals(
                "¡Estás dentro! Responde con los botones que hay debajo de cada pregunta.",
                click(SPANISH_BOB, GERMAN_CHANNEL, header.buttons().get(0).customId())
                        .content());

        RecordingMessenger.Sent question = lastQuestion();
        assertEquals("Frage 1 von 1", question.reply().card().title());
        assertEquals("Dein erster Klick zählt.", question.reply().card().footer());
        assertTrue(question.reply().card().description().contains("⏱ Schließt <t:"));
        String right = correctButton(question);
        String letter = question.reply().buttons().stream()
                .filter(button -> button.customId().equals(right))
                .map(button -> button.label().substring(0, 1))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Respuesta registrada: " + letter + ".",
                click(SPANISH_BOB, GERMAN_CHANNEL, right).content(),
                "the clicker alone reads it: their language, not the server's");
        assertEquals(
                "Ya has respondido " + letter + "; cuenta tu primera respuesta.",
                click(SPANISH_BOB, GERMAN_CHANNEL, right).content());
        test.time().advance(Duration.ofSeconds(20));

        RecordingMessenger.Sent reveal = test.channel().sent().stream()
                .filter(RecordingMessenger.Sent::edit)
                .findFirst()
                .orElseThrow();
        String revealed = reveal.reply().card().description();
        assertTrue(revealed.contains("✅ Antwort: **" + letter + " · "), revealed);
        assertTrue(revealed.contains("Richtig: Bob (+"), revealed);
        Reply results = test.channel().last().reply();
        assertEquals("Quiz vorbei", results.card().title(), "the timer's results are in the round's language");
        assertTrue(results.card().description().startsWith("Alle Fragen wurden gestellt."));
        assertEquals("Punktestand", results.card().fields().get(0).name());
        assertTrue(
                results.card().fields().get(0).value().startsWith("1. Bob: 1000 Pkt. (1/1 richtig, 0,0 s)"),
                results.card().fields().get(0).value());

        // Spanish writes a no-break space before the percent sign
        assertTrue(
                trivia(SPANISH_BOB, GERMAN_CHANNEL, "stats", Map.of())
                        .content()
                        .startsWith("**Bob** · 1 ronda, 1 de 1 acertadas (100\u00a0%), 1000 puntos"),
                "a reply to a command is in its requester's language");
        Reply board = trivia(SPANISH_BOB, GERMAN_CHANNEL, "leaderboard", Map.of());
        assertTrue(
                board.card().title().startsWith("Clasificación del trivial · "),
                board.card().title());
        assertTrue(
                board.card().fields().get(0).value().startsWith("1. Bob: 1000 pts (1/1 aciertos, 0,0 s)"),
                board.card().fields().get(0).value());
    }

    @Test
    @DisplayName(
            "GIVEN a Spanish player in a German server WHEN they play a private round THEN it is in their language")
    void privateRoundInThePlayersLanguage() {
        watched(SPANISH_BOB, "S1E1");
        Reply opening = trivia(SPANISH_BOB, GERMAN_CHANNEL, "solo", Map.of("questions", 1L));
        assertTrue(
                opening.content().startsWith("🎯 Tu ronda privada: 1 pregunta (límite: S1E1), 20 s cada una."),
                opening.content());
        assertEquals("Pregunta 1 de 1", opening.card().title());
        Reply over = test.router()
                .component(new ComponentRequest(
                        opening.buttons().get(0).customId(), List.of(), SPANISH_BOB, GERMAN_CHANNEL))
                .reply();
        assertEquals("🏁 Ronda terminada", over.card().title());
        assertTrue(
                over.card().description().contains("Las rondas privadas cuentan en /trivial estadísticas"),
                over.card().description());
    }

    @Test
    @DisplayName("GIVEN two finished rounds WHEN the leaderboard is read THEN it sums both, best first, from the store")
    void leaderboardAfterTwoRounds() {
        for (int round = 0; round < 2; round++) {
            Reply header = trivia(ALICE, CHANNEL, "start", Map.of("questions", 1L));
            click(BOB, header.buttons().get(0).customId());
            RecordingMessenger.Sent question = lastQuestion();
            String correctId = correctButton(question);
            click(BOB, correctId);
            click(
                    ALICE,
                    question.reply().buttons().stream()
                            .map(Button::customId)
                            .filter(id -> !id.equals(correctId))
                            .findFirst()
                            .orElseThrow());
        }
        Reply board = trivia(ALICE, CHANNEL, "leaderboard", Map.of());
        assertFalse(board.ephemeral());
        String standings = board.card().fields().get(0).value();
        assertTrue(standings.startsWith("1. Bob: 2000 pts (2/2 right, 0.0 s)"), standings);
        assertTrue(standings.contains("2. Alice: 0 pts (0/2 right"), standings);
        assertTrue(trivia(BOB, CHANNEL, "stats", Map.of())
                .content()
                .contains("**Bob** · 2 rounds, 2 of 2 right (100%), 2000 points, best streak 1."));
    }

    /** The right answer's button, read from the question's own choices via the pack's answer text. */
    private static String correctButton(RecordingMessenger.Sent question) {
        String questionText = question.reply().card().description();
        String number = questionText.replaceAll("(?s)^Question (\\d+) at.*", "$1");
        return question.reply().buttons().stream()
                .filter(button -> button.label().endsWith("Right " + number))
                .map(Button::customId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName(
            "GIVEN a round running when the bot stops WHEN it starts again THEN the round is closed, its channel told, its scores kept")
    void restartClosesInterruptedRounds(@TempDir Path folder) {
        Path file = folder.resolve("bot.db");
        ManualScheduler time = new ManualScheduler(TestCore.START);
        RecordingMessenger before = new RecordingMessenger();
        try (Database database = Database.open(file)) {
            BotCore core = core(database, time, before);
            core.router().execute(new CommandRequest("trivia", "start", Map.of("questions", 5L), ALICE, CHANNEL));
            time.advance(TestCore.TRIVIA_PAUSE);
            RecordingMessenger.Sent question = before.sent().get(0);
            core.router().component(new ComponentRequest(correctButton(question), List.of(), ALICE, CHANNEL));
        }
        RecordingMessenger after = new RecordingMessenger();
        try (Database database = Database.open(file)) {
            BotCore core = core(database, time, after);
            assertEquals(1, core.trivia().closeInterruptedRounds(ShardRange.ALL));
            Reply notice = after.last().reply();
            assertEquals("c1", after.last().channelId());
            assertEquals("Trivia interrupted", notice.card().title());
            assertTrue(
                    notice.card().fields().get(0).value().startsWith("1. Alice: "), "the score before the stop stands");
            assertEquals(0, core.trivia().closeInterruptedRounds(ShardRange.ALL), "closed once only");
            assertTrue(core.stores()
                            .trivia()
                            .leaderboard("guild", "quiz", null, 10)
                            .get(0)
                            .points()
                    > 0);
        }
    }

    @Test
    @DisplayName(
            "GIVEN a round running in a German server when the bot stops WHEN it starts again THEN the channel is told in German")
    void restartNoticeInTheRoundsLanguage(@TempDir Path folder) {
        Path file = folder.resolve("bot.db");
        ManualScheduler time = new ManualScheduler(TestCore.START);
        try (Database database = Database.open(file)) {
            core(database, time, new RecordingMessenger())
                    .router()
                    .execute(new CommandRequest("trivia", "start", Map.of("questions", 5L), ALICE, GERMAN_CHANNEL));
        }
        RecordingMessenger after = new RecordingMessenger();
        try (Database database = Database.open(file)) {
            assertEquals(1, core(database, time, after).trivia().closeInterruptedRounds(ShardRange.ALL));
            Reply notice = after.last().reply();
            assertEquals("Quiz unterbrochen", notice.card().title());
            assertEquals(
                    "Der Bot wurde während dieser Runde neu gestartet; die bisherigen Punkte bleiben erhalten.\n"
                            + "Noch keine Punkte.",
                    notice.card().description());
        }
    }

    @Test
    @DisplayName(
            "GIVEN a private round running when the bot stops WHEN it starts again THEN the round is closed without a word in the channel")
    void restartClosesPrivateRoundsQuietly(@TempDir Path folder) {
        Path file = folder.resolve("bot.db");
        ManualScheduler time = new ManualScheduler(TestCore.START);
        try (Database database = Database.open(file)) {
            core(database, time, new RecordingMessenger())
                    .router()
                    .execute(new CommandRequest("trivia", "solo", Map.of("questions", 3L), ALICE, CHANNEL));
        }
        RecordingMessenger after = new RecordingMessenger();
        try (Database database = Database.open(file)) {
            BotCore core = core(database, time, after);
            assertEquals(1, core.trivia().closeInterruptedRounds(ShardRange.ALL));
            assertTrue(after.sent().isEmpty(), "nobody else knew of the round");
        }
    }

    private static BotCore core(Database database, ManualScheduler time, RecordingMessenger channel) {
        PackLibrary library = new PackLibrary(List.of(TestPacks.quiz()), "quiz");
        return BotCore.assemble(
                library,
                new PackReloader(library, TestPacks.TEST_PACKS, "quiz"),
                new BotCore.Environment(Stores.on(database, time.clock), time.clock, time, channel, channel, Set.of()),
                new BotCore.Timing(TestCore.TRIVIA_PAUSE, TestCore.PARTY_IDLE),
                new Random(1));
    }
}
