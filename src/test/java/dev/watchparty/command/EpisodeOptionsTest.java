package dev.watchparty.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.pack.EpisodeReading;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Reply;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.Progress;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every option that takes an episode, as a user types it on the real router: what it cannot read exactly is
 * refused with a quote and suggestions, and nothing moves (progress, a channel's level, a party).
 */
class EpisodeOptionsTest {

    private static final String SHOW = TestPacks.SHIPPED_SHOW;
    private static final Invoker HOST = new Invoker("host", "Host");
    private static final Invoker VIEWER = new Invoker("viewer", "Viewer");
    private static final Place CHANNEL =
            Place.serverChannel("guild", "c1", EnumSet.of(Place.Power.MANAGE_CHANNEL, Place.Power.MANAGE_EVENTS));
    private static final Place OTHER_CHANNEL =
            Place.serverChannel("guild", "c2", EnumSet.of(Place.Power.MANAGE_CHANNEL));
    private static final List<String> HOSTILE = List.of(
            "0",
            "-1",
            "S1E99",
            "S2E1",
            "S0E3",
            "S1E",
            "e",
            "🎬",
            "11",
            "E3",
            "c",
            "s1e3s1e3",
            "1x",
            "@everyone",
            "||S1E10||",
            "\u202eS1E3");

    private TestCore test;

    @BeforeEach
    void setUp() {
        test = TestCore.forPack(TestPacks.shipped());
        test.stores().progress().save(VIEWER.userId(), SHOW, Progress.through(SpoilerLevel.episode(1, 2)));
        test.stores().channelLevels().setLevel(OTHER_CHANNEL.channelId(), SHOW, SpoilerLevel.episode(1, 1), "mod");
        run(HOST, CHANNEL, "party", "start", Map.of("episode", "S1E2"));
        // the viewer joins and follows the party: a jump would move their progress
        test.router().component(new ComponentRequest(partyJoinId(), List.of(), VIEWER, CHANNEL));
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    private Reply run(Invoker who, Place where, String command, String subcommand, Map<String, Object> options) {
        return test.router().execute(new CommandRequest(command, subcommand, options, who, where));
    }

    private String partyJoinId() {
        Reply status = run(HOST, CHANNEL, "party", "status", Map.of());
        return status.buttons().get(0).customId();
    }

    /** Everything an episode option could move. */
    private String state() {
        return test.stores().progress().progressOf(VIEWER.userId(), SHOW) + " "
                + test.stores().progress().progressOf(HOST.userId(), SHOW) + " "
                + test.core().channelLevels().levelOf(CHANNEL.channelId(), SHOW) + " "
                + test.core().channelLevels().levelOf(OTHER_CHANNEL.channelId(), SHOW) + " "
                + test.stores().parties().activeParties().size() + " "
                + test.channel().sent().size();
    }

    private List<Supplier<Reply>> everyEpisodeOption(String typed) {
        return List.of(
                () -> run(VIEWER, CHANNEL, "progress", "set", Map.of("episode", typed)),
                () -> run(VIEWER, OTHER_CHANNEL, "spoilers", "channel", Map.of("level", typed)),
                () -> run(HOST, CHANNEL, "party", "goto", Map.of("episode", typed)),
                () -> run(HOST, OTHER_CHANNEL, "party", "start", Map.of("episode", typed)),
                () -> run(HOST, CHANNEL, "recap", null, Map.of("episode", typed)),
                () -> run(VIEWER, OTHER_CHANNEL, "trivia", "start", Map.of("through", typed)),
                () -> run(VIEWER, OTHER_CHANNEL, "trivia", "solo", Map.of("through", typed)),
                () -> test.router()
                        .component(new ComponentRequest(catchUpId(), List.of(typed), VIEWER, CHANNEL))
                        .reply());
    }

    private String catchUpId() {
        return "party:catchup:" + test.stores().parties().activeParties().get(0).id();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "S1E99", "S2E1", "S0E3", "S1E", "e", "🎬", "11"})
    @DisplayName(
            "GIVEN a value the reader refuses WHEN typed into any episode option THEN a private refusal quotes it and nothing moves")
    void refusalsMoveNothing(String typed) {
        String before = state();
        for (Supplier<Reply> option : everyEpisodeOption(typed)) {
            Reply reply = option.get();
            assertTrue(reply.ephemeral(), reply.content());
            assertTrue(
                    reply.content().contains("“" + Markdown.escape(typed)),
                    "the refusal quotes what was typed: " + reply.content());
            assertTrue(reply.content().contains("S1E3"), "it suggests the forms that work: " + reply.content());
            assertEquals(before, state(), "nothing moved on " + typed + ": " + reply.content());
        }
    }

    @Test
    @DisplayName("GIVEN 2,000 random values WHEN typed into every episode option THEN on each refusal nothing moved")
    void randomValuesMoveNothingWhenRefused() {
        Random random = new Random(7);
        for (int i = 0; i < 250; i++) {
            String typed = HOSTILE.get(random.nextInt(HOSTILE.size()))
                    + (random.nextBoolean() ? "" : HOSTILE.get(random.nextInt(HOSTILE.size())));
            boolean refused =
                    test.core().library().defaultCatalog().readEpisode(typed) instanceof EpisodeReading.NotUnderstood;
            if (!refused) {
                continue;
            }
            for (Supplier<Reply> option : everyEpisodeOption(typed)) {
                String before = state();
                Reply reply = option.get();
                assertTrue(reply.ephemeral());
                assertEquals(before, state(), "nothing moved on “" + typed + "”: " + reply.content());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "S1E3", "s1e3", "1x03", "class act"})
    @DisplayName("GIVEN a valid form WHEN progress is set THEN it is saved as S1E3")
    void validFormsStillWork(String typed) {
        Reply reply = run(VIEWER, CHANNEL, "progress", "set", Map.of("episode", typed));
        assertTrue(
                reply.content().startsWith("Saved: you have watched Tiny Pretty Things through S1E3"), reply.content());
        assertEquals(
                SpoilerLevel.episode(1, 3),
                test.stores().progress().progressOf(VIEWER.userId(), SHOW).watchedThrough());
    }

    @Test
    @DisplayName(
            "GIVEN none WHEN progress is set THEN it is cleared; WHEN a moderator sets a channel to none THEN it is back at the premise")
    void noneMeansNothingWatched() {
        Reply reply = run(VIEWER, CHANNEL, "progress", "set", Map.of("episode", "none"));
        assertTrue(reply.content().startsWith("Cleared"), reply.content());
        assertFalse(test.stores().progress().progressOf(VIEWER.userId(), SHOW).hasStarted());
        run(VIEWER, OTHER_CHANNEL, "spoilers", "channel", Map.of("level", "none"));
        assertEquals(SpoilerLevel.PREMISE, test.core().channelLevels().levelOf(OTHER_CHANNEL.channelId(), SHOW));
    }

    @Test
    @DisplayName("GIVEN a refusal WHEN it suggests episodes THEN titles past the reader's progress are not named")
    void suggestionsSpoilNoTitle() {
        Reply reply = run(VIEWER, CHANNEL, "progress", "set", Map.of("episode", "Push Comes to Shov"));
        assertTrue(
                reply.content().startsWith("Saved"),
                "a unique title beginning is the user's own words: " + reply.content());
        test.stores().progress().save(VIEWER.userId(), SHOW, Progress.through(SpoilerLevel.episode(1, 1)));
        Reply refused = run(VIEWER, CHANNEL, "recap", null, Map.of("episode", "S1E"));
        assertTrue(refused.content().contains("Did you mean"), refused.content());
        assertFalse(refused.content().contains("Range of Motion"), "S1E2's title is past S1E1: " + refused.content());
    }

    @Test
    @DisplayName("GIVEN none WHEN typed where an episode is needed THEN it is refused, not read as the first episode")
    void noneIsNoEpisode() {
        String before = state();
        Reply reply = run(HOST, CHANNEL, "party", "goto", Map.of("episode", "none"));
        assertTrue(reply.ephemeral());
        assertTrue(reply.content().contains("“none” means no episode"), reply.content());
        assertEquals(before, state());
    }
}
