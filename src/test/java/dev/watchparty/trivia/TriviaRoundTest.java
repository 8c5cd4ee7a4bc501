package dev.watchparty.trivia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Reply;
import dev.watchparty.schedule.ManualScheduler;
import dev.watchparty.storage.StorageException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The round engine on its own, driven by hand-moved time: no test sleeps. */
class TriviaRoundTest {

    private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);
    private static final Duration PAUSE = Duration.ofSeconds(5);
    private static final Catalog QUIZ = new Catalog(TestPacks.quiz());

    private TestCore test;
    private ManualScheduler time;
    private TriviaStore store;
    private TriviaService service;
    private final List<String> events = new ArrayList<>();
    private final List<AskedQuestion> asked = new ArrayList<>();
    private EndReason endReason;
    private List<Standing> finalStandings;

    private final RoundListener listener = new RoundListener() {
        @Override
        public void questionAsked(RoundView round, AskedQuestion question) {
            asked.add(question);
            events.add("ask " + question.number());
        }

        @Override
        public void questionRevealed(RoundView round, AskedQuestion question, List<ScoredAnswer> answers) {
            events.add("reveal " + question.number() + " " + answers.size());
        }

        @Override
        public void roundEnded(RoundView round, EndReason reason, List<Standing> standings) {
            events.add("end " + reason);
            endReason = reason;
            finalStandings = standings;
        }
    };

    @BeforeEach
    void setUp() {
        test = TestCore.forPack(TestPacks.quiz());
        time = test.time();
        store = test.stores().trivia();
        service = new TriviaService(store, new TriviaPresenter(test.channel()), PAUSE, time.clock, time, new Random(7));
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    private RoundSetup setup(String roundId, String channel, int questions, SpoilerLevel cap) {
        return new RoundSetup(
                roundId,
                "quiz",
                "guild",
                channel,
                "alice",
                "Alice",
                cap,
                CapSource.STARTER_PROGRESS,
                null,
                questions,
                TWENTY_SECONDS,
                PAUSE,
                false,
                Locale.ENGLISH);
    }

    /** Starts a round and lets its opening pause pass, so question 1 is being asked. */
    private TriviaRound start(int questions, SpoilerLevel cap) {
        TriviaService.StartResult result = service.start(setup("r1", "c1", questions, cap), QUIZ, listener);
        assertTrue(events.isEmpty(), "the first question waits for the opening pause");
        time.advance(PAUSE);
        return ((TriviaService.StartResult.Started) result).round();
    }

    private AskedQuestion current() {
        return asked.get(asked.size() - 1);
    }

    private int wrongChoice(AskedQuestion question) {
        return (question.correctIndex() + 1) % 4;
    }

    @Test
    @DisplayName(
            "GIVEN a right answer WHEN scored THEN speed adds up to 500 and each earlier right answer in a row 100, at most 300")
    void scoring() {
        assertEquals(1000, Scoring.points(true, Duration.ZERO, TWENTY_SECONDS, 0));
        assertEquals(750, Scoring.points(true, Duration.ofSeconds(10), TWENTY_SECONDS, 0));
        assertEquals(500, Scoring.points(true, TWENTY_SECONDS, TWENTY_SECONDS, 0));
        assertEquals(950, Scoring.points(true, Duration.ofSeconds(10), TWENTY_SECONDS, 2));
        assertEquals(
                1050, Scoring.points(true, Duration.ofSeconds(10), TWENTY_SECONDS, 9), "the streak bonus caps at 300");
        assertEquals(0, Scoring.points(false, Duration.ZERO, TWENTY_SECONDS, 5));
    }

    @Test
    @DisplayName("GIVEN a cap WHEN a round is planned THEN every question is at or below it and none repeats")
    void capAndNoRepeats() {
        TriviaRound round = start(7, SpoilerLevel.episode(1, 1));
        assertEquals(7, round.questionCount(), "one meta, three premise and three S1E1 questions");
        Set<String> ids = new HashSet<>();
        for (int number = 1; number <= 7; number++) {
            AskedQuestion question = current();
            assertEquals(number, question.number());
            assertFalse(
                    question.question().level().isAbove(SpoilerLevel.episode(1, 1)),
                    question.question().id());
            assertTrue(
                    ids.add(question.question().id()),
                    "repeated " + question.question().id());
            round.answer("alice", "Alice", number, question.correctIndex());
            time.advance(PAUSE);
        }
        assertEquals(EndReason.FINISHED, endReason);
    }

    @Test
    @DisplayName("GIVEN more questions asked than the pool holds WHEN planned THEN the round is as long as the pool")
    void roundNoLongerThanPool() {
        TriviaRound round = start(50, SpoilerLevel.PREMISE);
        assertEquals(4, round.questionCount(), "one meta and three premise questions");
    }

    @Test
    @DisplayName(
            "GIVEN two players WHEN one clicks twice and one clicks after the reveal THEN the first click stands and the late one is refused")
    void doubleAndLateClicks() {
        TriviaRound round = start(3, SpoilerLevel.episode(1, 3));
        round.join("bob", "Bob");
        AskedQuestion first = current();
        time.advance(Duration.ofSeconds(4));
        assertEquals(
                AnswerOutcome.Kind.LOCKED,
                round.answer("alice", "Alice", first.number(), first.correctIndex())
                        .kind());
        AnswerOutcome again = round.answer("alice", "Alice", first.number(), wrongChoice(first));
        assertEquals(AnswerOutcome.Kind.ALREADY_ANSWERED, again.kind());
        assertEquals(first.correctIndex(), again.choice(), "the first answer stands");
        time.advance(TWENTY_SECONDS.plus(PAUSE));
        assertEquals(List.of("ask 1", "reveal 1 1", "ask 2"), events, "Bob never answered: the timer revealed it");
        assertEquals(
                AnswerOutcome.Kind.TOO_LATE,
                round.answer("bob", "Bob", first.number(), first.correctIndex()).kind());
        assertEquals(1, store.roundStandings("r1").size(), "the late click scored nothing");
        assertEquals(
                Scoring.points(true, Duration.ofSeconds(4), TWENTY_SECONDS, 0),
                store.roundStandings("r1").get(0).points());
    }

    @Test
    @DisplayName(
            "GIVEN every joined player has answered WHEN the last answer comes THEN the question is revealed at once")
    void revealWhenEveryoneAnswered() {
        TriviaRound round = start(2, SpoilerLevel.episode(1, 3));
        round.join("bob", "Bob");
        round.answer("bob", "Bob", 1, current().correctIndex());
        assertEquals(List.of("ask 1"), events, "Alice (the starter) has not answered yet");
        round.answer("alice", "Alice", 1, wrongChoice(current()));
        assertEquals(List.of("ask 1", "reveal 1 2"), events);
        time.advance(PAUSE);
        assertEquals("ask 2", events.get(events.size() - 1));
    }

    @Test
    @DisplayName("GIVEN equal points WHEN standings are ranked THEN the faster player comes first")
    void tiesBrokenByTime() {
        TriviaRound round = start(2, SpoilerLevel.episode(1, 3));
        round.join("bob", "Bob");
        // both answer right at 5 s on question 1 (equal points); on question 2 both at the deadline edge
        time.advance(Duration.ofSeconds(5));
        round.answer("bob", "Bob", 1, current().correctIndex());
        round.answer("alice", "Alice", 1, current().correctIndex());
        time.advance(PAUSE);
        time.advance(Duration.ofSeconds(10));
        round.answer("alice", "Alice", 2, current().correctIndex());
        round.answer("bob", "Bob", 2, current().correctIndex());
        assertEquals(EndReason.FINISHED, endReason);
        assertEquals(finalStandings.get(0).points(), finalStandings.get(1).points());
        assertEquals(
                List.of("alice", "bob"),
                finalStandings.stream().map(Standing::userId).toList(),
                "same points and same times: user id decides, deterministically");
        assertEquals(finalStandings, store.roundStandings("r1"), "the store ranks exactly like the round");
    }

    @Test
    @DisplayName("GIVEN a faster player with equal points WHEN ranked THEN less total time wins")
    void fasterWinsTie() {
        Standing slow = new Standing("a", "A", 1500, 2, 2, Duration.ofSeconds(9));
        Standing fast = new Standing("b", "B", 1500, 2, 2, Duration.ofSeconds(3));
        List<Standing> ranked = new ArrayList<>(List.of(slow, fast));
        ranked.sort(Standing.RANKING);
        assertEquals(List.of(fast, slow), ranked);
    }

    @Test
    @DisplayName(
            "GIVEN nobody answers WHEN three questions time out in a row THEN the round ends itself and leaves no timer")
    void abandonment() {
        start(10, SpoilerLevel.episode(1, 3));
        time.advance(Duration.ofMinutes(5));
        assertEquals(
                List.of("ask 1", "reveal 1 0", "ask 2", "reveal 2 0", "ask 3", "reveal 3 0", "end ABANDONED"), events);
        assertEquals(0, time.pendingTasks(), "no timer left behind");
        assertEquals(0, service.runningCount(), "the service forgot the round");
        assertTrue(service.roundIn("c1").isEmpty());
    }

    @Test
    @DisplayName(
            "GIVEN one player's answer still being written WHEN another player clicks THEN theirs is written meanwhile, not after it, and a second click of the first is already answered")
    void answersAreWrittenSideBySide() throws Exception {
        TriviaStore slow = Mockito.spy(store);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Mockito.doAnswer(call -> {
                    writing.countDown();
                    release.await();
                    return call.callRealMethod();
                })
                .when(slow)
                .answerScored(
                        Mockito.any(),
                        Mockito.any(),
                        Mockito.argThat(
                                answer -> answer != null && answer.userId().equals("bob")),
                        Mockito.any());
        service = new TriviaService(slow, new TriviaPresenter(test.channel()), PAUSE, time.clock, time, new Random(7));
        TriviaRound round = ((TriviaService.StartResult.Started)
                        service.start(setup("r1", "c1", 3, SpoilerLevel.episode(1, 3)), QUIZ, listener))
                .round();
        time.advance(PAUSE);
        round.join("carol", "Carol");
        int right = current().correctIndex();
        // threads of their own: a click blocked in the store must not hold a shared pool's only worker
        try (ExecutorService clicks = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<AnswerOutcome> bob = clicks.submit(() -> round.answer("bob", "Bob", 1, right));
            try {
                assertTrue(writing.await(10, TimeUnit.SECONDS), "Bob's answer is being written");

                AnswerOutcome alice = clicks.submit(() -> round.answer("alice", "Alice", 1, right))
                        .get(10, TimeUnit.SECONDS);
                assertEquals(AnswerOutcome.Kind.LOCKED, alice.kind(), "Alice's answer did not wait for Bob's write");
                assertEquals(
                        AnswerOutcome.Kind.ALREADY_ANSWERED,
                        round.answer("bob", "Bob", 1, wrongChoice(current())).kind(),
                        "Bob's first click holds while it is written");
                assertFalse(bob.isDone(), "Bob is not told before his answer is kept");
            } finally {
                release.countDown();
            }
            assertEquals(
                    AnswerOutcome.Kind.LOCKED, bob.get(10, TimeUnit.SECONDS).kind());
        }
        assertEquals(2, store.roundStandings("r1").size(), "both answers are kept");
    }

    @Test
    @DisplayName(
            "GIVEN storage that fails an answer WHEN the player clicks THEN they are not locked in, their score is unchanged, and they may click again")
    void failedAnswerWriteGivesTheClickBack() {
        TriviaStore failing = Mockito.spy(store);
        service =
                new TriviaService(failing, new TriviaPresenter(test.channel()), PAUSE, time.clock, time, new Random(7));
        TriviaRound round = ((TriviaService.StartResult.Started)
                        service.start(setup("r1", "c1", 3, SpoilerLevel.episode(1, 3)), QUIZ, listener))
                .round();
        time.advance(PAUSE);
        round.join("bob", "Bob");
        Mockito.doThrow(new StorageException("database or disk is full", null))
                .when(failing)
                .answerScored(Mockito.any(), Mockito.any(), Mockito.any(), Mockito.any());
        int right = current().correctIndex();
        assertThrows(StorageException.class, () -> round.answer("alice", "Alice", 1, right));

        Mockito.doCallRealMethod()
                .when(failing)
                .answerScored(Mockito.any(), Mockito.any(), Mockito.any(), Mockito.any());
        assertEquals(
                AnswerOutcome.Kind.LOCKED,
                round.answer("alice", "Alice", 1, right).kind());
        assertEquals(1, store.roundStandings("r1").size());
    }

    @Test
    @DisplayName(
            "GIVEN storage that fails when the next question is asked WHEN the timer fires THEN the round ends, says so, keeps its scores, and frees the channel")
    void storageFailureEndsTheRoundInsteadOfWedgingIt() {
        TriviaStore failing = Mockito.spy(store);
        service =
                new TriviaService(failing, new TriviaPresenter(test.channel()), PAUSE, time.clock, time, new Random(7));
        TriviaService.StartResult result =
                service.start(setup("r1", "c1", 3, SpoilerLevel.episode(1, 3)), QUIZ, listener);
        time.advance(PAUSE);
        TriviaRound round = ((TriviaService.StartResult.Started) result).round();
        Mockito.doThrow(new StorageException("database or disk is full", null))
                .when(failing)
                .markSeen(Mockito.any(), Mockito.any(), Mockito.any(), Mockito.any());
        round.answer("alice", "Alice", 1, current().correctIndex());
        time.advance(PAUSE);

        assertEquals(EndReason.FAILED, endReason, "the channel is told the round ended");
        assertTrue(round.hasEnded());
        assertEquals(0, time.pendingTasks(), "no timer is left waiting");
        assertTrue(service.roundIn("c1").isEmpty(), "the channel is free");
        assertEquals(1, store.roundStandings("r1").size(), "the answer scored before the failure is kept");
        Mockito.doCallRealMethod().when(failing).markSeen(Mockito.any(), Mockito.any(), Mockito.any(), Mockito.any());
        assertTrue(
                service.start(setup("r2", "c1", 1, SpoilerLevel.PREMISE), QUIZ, listener)
                        instanceof TriviaService.StartResult.Started,
                "once storage is back, a new round starts there");
    }

    @Test
    @DisplayName("GIVEN a running round WHEN stopped THEN it ends, its timers are cancelled, and clicks are refused")
    void stopCancelsTimers() {
        TriviaRound round = start(5, SpoilerLevel.episode(1, 3));
        round.stop();
        assertEquals(EndReason.STOPPED, endReason);
        assertEquals(0, time.pendingTasks());
        assertEquals(
                AnswerOutcome.Kind.ROUND_OVER,
                round.answer("alice", "Alice", 1, 0).kind());
        assertTrue(store.unfinishedRounds().isEmpty());
    }

    @Test
    @DisplayName(
            "GIVEN a player's private round just started WHEN a second one of theirs replaces it before the first is shown THEN the first still opens on its question and the second is the one that plays")
    void soloReplacedBeforeItsOpeningIsShown() {
        RoundRequest request = new RoundRequest(
                "guild",
                "c1",
                "alice",
                "Alice",
                SpoilerLevel.PREMISE,
                CapSource.STARTER_PROGRESS,
                null,
                2,
                TWENTY_SECONDS,
                true,
                Locale.ENGLISH);
        TriviaService.SoloStart first = service.startSolo(request, QUIZ).orElseThrow();
        TriviaService.SoloStart second = service.startSolo(request, QUIZ).orElseThrow();

        assertTrue(first.round().hasEnded(), "the second round replaced the first");
        Reply opening = TriviaPresenter.soloReply(first.round(), first.opening());
        assertEquals("Question 1 of 2", opening.card().title());
        assertEquals(
                Optional.of(second.round()),
                service.soloRound("alice", second.round().id()),
                "the player's round is the second");
        assertEquals(Optional.empty(), service.soloRound("alice", first.round().id()));
    }

    @Test
    @DisplayName(
            "GIVEN private rounds WHEN one is replaced by its player's next and another is played to its end THEN only the open ones count as running")
    void privateRoundsRunning() {
        java.util.function.Function<String, RoundRequest> oneQuestionFor = player -> new RoundRequest(
                "guild",
                "c1",
                player,
                player,
                SpoilerLevel.PREMISE,
                CapSource.STARTER_PROGRESS,
                null,
                1,
                TWENTY_SECONDS,
                true,
                Locale.ENGLISH);
        service.startSolo(oneQuestionFor.apply("alice"), QUIZ).orElseThrow();
        service.startSolo(oneQuestionFor.apply("alice"), QUIZ).orElseThrow();
        TriviaService.SoloStart bob =
                service.startSolo(oneQuestionFor.apply("bob"), QUIZ).orElseThrow();
        assertEquals(2, service.privateRunningCount(), "alice's second round and bob's");

        bob.round().answer(1, bob.opening().next().correctIndex());
        assertTrue(bob.round().hasEnded(), "bob's one question is answered");
        assertEquals(1, service.privateRunningCount(), "bob's round is kept for late clicks, but not running");
        assertEquals(0, service.runningCount(), "no channel round");
    }

    @Test
    @DisplayName("GIVEN a round running in a channel WHEN another is started there THEN the running one is returned")
    void oneRoundPerChannel() {
        TriviaRound first = start(3, SpoilerLevel.episode(1, 3));
        TriviaService.StartResult second =
                service.start(setup("r2", "c1", 3, SpoilerLevel.episode(1, 3)), QUIZ, listener);
        assertEquals(first, ((TriviaService.StartResult.AlreadyRunning) second).round());
    }

    @Test
    @DisplayName(
            "GIVEN rounds in one channel WHEN questions run out THEN none repeats until the pool under the cap is used up")
    void channelSeesEveryQuestionBeforeRepeats() {
        Set<String> seen = new HashSet<>();
        for (int round = 1; round <= 2; round++) {
            TriviaRound running = ((TriviaService.StartResult.Started)
                            service.start(setup("r" + round, "c1", 2, SpoilerLevel.PREMISE), QUIZ, listener))
                    .round();
            time.advance(PAUSE);
            for (int q = 1; q <= 2; q++) {
                assertTrue(seen.add(current().question().id()), "asked again before the pool was used up");
                running.answer("alice", "Alice", q, 0);
                time.advance(PAUSE);
            }
        }
        assertEquals(4, seen.size(), "the four meta and premise questions, each once");
        service.start(setup("r3", "c1", 2, SpoilerLevel.PREMISE), QUIZ, listener);
        time.advance(PAUSE);
        assertTrue(seen.contains(current().question().id()), "then the channel starts over");
    }
}
