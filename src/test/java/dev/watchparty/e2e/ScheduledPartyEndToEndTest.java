package dev.watchparty.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.discord.fake.RecordedRequest;
import dev.watchparty.discord.fake.SlashCommandCall;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /party schedule through the real JDA on the fake Discord: a time read in the host's zone becomes a server event at
 * that instant, and the members interested in the event are on the roster when the party opens.
 */
class ScheduledPartyEndToEndTest {

    private static final long HOST = 300_000_000_000_000_401L;
    private static final long EARLY = 300_000_000_000_000_402L;
    private static final long LATE = 300_000_000_000_000_403L;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /**
     * A Wednesday, 10:00 in Berlin, a few weeks from the real now: Discord (and JDA, before it sends anything) takes
     * only events that start in the future.
     */
    private static ZonedDateTime aWednesdayMorning() {
        return ZonedDateTime.now(BERLIN)
                .plusWeeks(2)
                .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
                .withHour(10)
                .truncatedTo(ChronoUnit.HOURS);
    }

    private static Clock at(Instant moment) {
        return Clock.fixed(moment, ZoneOffset.UTC);
    }

    /** What the bot answered, after its deferral if it took more than a moment. */
    private static String answer(Interaction interaction) {
        JsonNode callback = interaction.awaitCallback(BotOnFakeDiscord.WAIT);
        JsonNode data = callback.path("type").asInt() == 5
                ? interaction.awaitOriginalEdit(BotOnFakeDiscord.WAIT)
                : callback.path("data");
        return data.toString();
    }

    private static SlashCommandCall schedule(String when) {
        return SlashCommandCall.of("party")
                .subcommand("schedule")
                .user(HOST, "host")
                .option("when", when)
                .option("name", "Finale night");
    }

    @Test
    @DisplayName(
            "GIVEN a host in Europe/Berlin WHEN they schedule friday 8pm, two members mark Interested and the bot is back up after it THEN the event starts at 20:00 Berlin time and both are on the opened party's roster")
    void fridayEightInBerlin(@TempDir Path folder) {
        ZonedDateTime wednesday = aWednesdayMorning();
        Instant friday8pm = wednesday
                .with(TemporalAdjusters.next(DayOfWeek.FRIDAY))
                .withHour(20)
                .toInstant();
        try (FakeDiscord discord = FakeDiscord.start();
                BotOnFakeDiscord bot =
                        new BotOnFakeDiscord(discord, folder.resolve("bot.db"), at(wednesday.toInstant()))) {
            answer(bot.send(SlashCommandCall.of("settings").user(HOST, "host").option("timezone", "Europe/Berlin")));

            String scheduled = answer(bot.send(schedule("friday 8pm")));
            assertTrue(scheduled.contains("<t:" + friday8pm.getEpochSecond() + ":F>"), scheduled);
            assertTrue(scheduled.contains("in your time zone, Europe/Berlin"), scheduled);
            assertTrue(scheduled.contains("It's in the server's events: https://discord.com/events/"), scheduled);
            JsonNode event = discord.scheduledEvents().get(0);
            assertEquals(
                    friday8pm,
                    OffsetDateTime.parse(event.path("scheduled_start_time").asText())
                            .toInstant());
            assertEquals("Finale night", event.path("name").asText());
            long eventId = Long.parseUnsignedLong(event.path("id").asText());
            discord.markInterested(eventId, EARLY, "early");
            discord.markInterested(eventId, LATE, "late");

            // the bot was down at 20:00; back up half a minute later, it opens the party and asks who is coming
            bot.restart(at(friday8pm.plusSeconds(30)));
            RecordedRequest opening =
                    discord.awaitChannelMessages(1, BotOnFakeDiscord.WAIT).get(0);
            MessageView card = MessageView.of(opening.json());
            assertTrue(card.text().contains("📅 The scheduled party is starting now. 2 members "), card.toString());
            assertTrue(card.text().contains("host, early, late"), card.toString());
            assertTrue(
                    discord.requests().stream()
                            .anyMatch(request -> request.is("GET", "/guilds/\\d+/scheduled-events/\\d+/users")),
                    "the roster came from Discord's list of interested users");

            String status = answer(
                    bot.send(SlashCommandCall.of("party").subcommand("status").user(EARLY, "early")));
            assertTrue(status.contains("Members (3)"), status);
        }
    }

    @Test
    @DisplayName(
            "GIVEN Discord refuses the server event WHEN a party is scheduled THEN the reply says so and the party is still planned")
    void withoutTheEvent(@TempDir Path folder) {
        ZonedDateTime wednesday = aWednesdayMorning();
        try (FakeDiscord discord = FakeDiscord.start();
                BotOnFakeDiscord bot =
                        new BotOnFakeDiscord(discord, folder.resolve("bot.db"), at(wednesday.toInstant()))) {
            discord.respondNext("POST", "/guilds/\\d+/scheduled-events", 403);

            String scheduled = answer(bot.send(schedule("tomorrow 20:30")));

            assertTrue(scheduled.contains("I couldn't add it to the server's events"), scheduled);
            assertTrue(scheduled.contains("in UTC: set your time zone with /settings"), scheduled);
            Instant thursday2030 = wednesday
                    .withZoneSameInstant(ZoneOffset.UTC)
                    .plusDays(1)
                    .withHour(20)
                    .withMinute(30)
                    .toInstant();
            bot.restart(at(thursday2030.plusSeconds(30)));
            MessageView card = MessageView.of(discord.awaitChannelMessages(1, BotOnFakeDiscord.WAIT)
                    .get(0)
                    .json());
            assertTrue(card.text().contains("📅 The scheduled party is starting now.\n"), card.toString());
        }
    }
}
