package dev.watchparty.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.commands.CommandAutoCompleteInteraction;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.context.UserContextInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.interactions.components.selections.StringSelectInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How one interaction's fate becomes tags and counts, with JDA's interactions stood in for by mocks. */
class BotMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final BotMetrics metrics = new BotMetrics(registry);

    /** An interaction of this type on shard 2 of 4, created {@code age} ago. */
    private static <T extends Interaction> T interaction(Class<T> type, Duration age) {
        T interaction = mock(type);
        JDA shard = mock(JDA.class);
        when(shard.getShardInfo()).thenReturn(new JDA.ShardInfo(2, 4));
        when(interaction.getJDA()).thenReturn(shard);
        when(interaction.getTimeCreated())
                .thenReturn(OffsetDateTime.now(ZoneOffset.UTC).minus(age));
        return interaction;
    }

    private double count(String name, String kind) {
        return registry.get(name).tags("kind", kind, "shard", "2").counter().count();
    }

    private static ErrorResponseException discordError(ErrorResponse response) {
        ErrorResponseException error = mock(ErrorResponseException.class);
        when(error.getErrorResponse()).thenReturn(response);
        return error;
    }

    @Test
    @DisplayName(
            "GIVEN Discord refusing an acknowledgement WHEN it answers 10062 Unknown interaction THEN it is counted late; any other error counts as failed")
    void unknownInteractionIsLate() {
        SlashCommandInteraction command = interaction(SlashCommandInteraction.class, Duration.ofMillis(200));
        metrics.acknowledgementFailed(command, discordError(ErrorResponse.UNKNOWN_INTERACTION));
        assertEquals(1, count("watchparty.interactions.late", "command"));
        assertEquals(0, count("watchparty.interactions.ack.failed", "command"));

        metrics.acknowledgementFailed(command, discordError(ErrorResponse.MISSING_PERMISSIONS));
        metrics.acknowledgementFailed(command, new java.io.UncheckedIOException(new java.io.IOException("reset")));
        assertEquals(1, count("watchparty.interactions.late", "command"));
        assertEquals(2, count("watchparty.interactions.ack.failed", "command"));
    }

    @Test
    @DisplayName(
            "GIVEN acknowledgements 0.2 s and 3.5 s after creation WHEN Discord accepts them THEN both are timed from creation and only the second is late")
    void timedFromCreation() {
        metrics.acknowledged(interaction(ButtonInteraction.class, Duration.ofMillis(200)));
        metrics.acknowledged(interaction(ButtonInteraction.class, Duration.ofMillis(3500)));
        Timer acks = registry.get("watchparty.interactions.ack")
                .tags("kind", "button", "shard", "2")
                .timer();
        assertEquals(2, acks.count());
        assertTrue(acks.max(TimeUnit.MILLISECONDS) >= 3500, () -> "max " + acks.max(TimeUnit.MILLISECONDS));
        assertTrue(acks.totalTime(TimeUnit.MILLISECONDS) >= 3700);
        assertEquals(1, count("watchparty.interactions.late", "button"));
    }

    @Test
    @DisplayName(
            "GIVEN interactions of every kind WHEN received THEN each has its kind, and only a registered command name becomes a tag")
    void kindsAndCommandNames() {
        Set<String> registered = Set.of("character", "trivia");
        metrics.received(interaction(SlashCommandInteraction.class, Duration.ZERO), "character", registered);
        metrics.received(interaction(CommandAutoCompleteInteraction.class, Duration.ZERO), "character", registered);
        metrics.received(interaction(ButtonInteraction.class, Duration.ZERO), "trivia", registered);
        metrics.received(interaction(StringSelectInteraction.class, Duration.ZERO), "DROP TABLE", registered);
        metrics.received(interaction(ModalInteraction.class, Duration.ZERO), null, registered);
        metrics.received(interaction(UserContextInteraction.class, Duration.ZERO), "Report", registered);

        List<String> seen = registry.get("watchparty.interactions.received").counters().stream()
                .map(counter ->
                        counter.getId().getTag("kind") + " " + counter.getId().getTag("command"))
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "autocomplete character",
                        "button trivia",
                        "command character",
                        "context_menu other",
                        "modal none",
                        "select other"),
                seen);
    }

    @Test
    @DisplayName(
            "GIVEN the core tells of an internal error WHEN on the thread answering an interaction THEN it counts against that interaction's kind and shard, else against no shard")
    void internalErrorsFollowTheInteraction() {
        ButtonInteraction click = interaction(ButtonInteraction.class, Duration.ZERO);
        String answer = metrics.attributing(click, () -> {
            metrics.internalErrors().occurred();
            return "sorry";
        });
        assertEquals("sorry", answer);
        assertEquals(1, count("watchparty.interactions.internal.errors", "button"));

        metrics.internalErrors().occurred();
        assertEquals(
                1,
                registry.get("watchparty.interactions.internal.errors")
                        .tags("kind", "other", "shard", "none")
                        .counter()
                        .count());
        assertEquals(1, count("watchparty.interactions.internal.errors", "button"), "not counted twice");
    }
}
