package dev.watchparty.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.discord.MetricsText;
import dev.watchparty.discord.fake.ComponentCall;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.discord.fake.SlashCommandCall;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} of the real bot on the fake Discord: what an operator scrapes moves with what users do, by
 * kind, command and shard, next to a {@code /health} that still answers.
 */
@Timeout(60)
class MetricsEndToEndTest {

    private static final long ALICE = 300_000_000_000_000_101L;
    private static final String RECEIVED = "watchparty_interactions_received_total";
    private static final String ACKS = "watchparty_interactions_ack_seconds_count";

    @TempDir
    static Path folder;

    private static FakeDiscord discord;
    private static BotOnFakeDiscord bot;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startBot() {
        discord = FakeDiscord.start();
        bot = new BotOnFakeDiscord(discord, folder.resolve("bot.db"));
    }

    @AfterAll
    static void stopBot() {
        bot.close();
        discord.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(bot.healthUri(path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static MetricsText scrape() throws IOException, InterruptedException {
        return MetricsText.parse(get("/metrics", null).body());
    }

    /** Scrapes until {@code done} holds: an acknowledgement is timed when JDA hears back, just after the fake. */
    private static MetricsText scrapeUntil(Predicate<MetricsText> done) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + BotOnFakeDiscord.WAIT.toNanos();
        MetricsText metrics = scrape();
        while (!done.test(metrics) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            metrics = scrape();
        }
        return metrics;
    }

    private static double received(MetricsText metrics, String kind, String command) {
        return metrics.value(RECEIVED, "kind", kind, "command", command, "shard", "0");
    }

    private static double acks(MetricsText metrics, String kind) {
        return metrics.value(ACKS, "kind", kind, "shard", "0");
    }

    @Test
    @DisplayName(
            "GIVEN the bot on Discord WHEN users send commands, an autocomplete and clicks THEN /metrics counts each by kind, command and shard, times every acknowledgement, and /health still answers")
    void countsWhatUsersDo() throws Exception {
        MetricsText before = scrape();

        List<Interaction> sent = new ArrayList<>();
        sent.add(bot.send(SlashCommandCall.of("show").user(ALICE, "alice")));
        sent.add(bot.send(SlashCommandCall.of("help").user(ALICE, "alice")));
        Interaction bio = bot.send(SlashCommandCall.of("character")
                .user(ALICE, "alice")
                .option("name", "neveah")
                .option("reveal", true));
        sent.add(bio);
        sent.add(discord.sendAutocomplete(
                SlashCommandCall.of("character").user(ALICE, "alice").focused("name", "nev")));
        JsonNode bioReply = bio.awaitCallback(BotOnFakeDiscord.WAIT);
        String nextPage = MessageView.ofCallback(bioReply).customIds().get(1);
        sent.add(discord.sendComponent(
                ComponentCall.button(nextPage).user(ALICE, "alice").onMessage(bio.responseMessage())));
        // a button no version of the bot made: its owner never becomes a tag
        sent.add(discord.sendButtonClick("ghost:boo:1"));
        sent.forEach(interaction -> interaction.awaitCallback(BotOnFakeDiscord.WAIT));

        MetricsText after = scrapeUntil(now -> acks(now, "command") - acks(before, "command") >= 3
                && acks(now, "autocomplete") - acks(before, "autocomplete") >= 1
                && acks(now, "button") - acks(before, "button") >= 2
                && now.value("watchparty_interactions_in_flight") == 0);

        for (String command : List.of("show", "help", "character")) {
            assertEquals(
                    1,
                    received(after, "command", command) - received(before, "command", command),
                    () -> "/" + command + " counted once in\n" + after);
        }
        assertEquals(1, received(after, "autocomplete", "character") - received(before, "autocomplete", "character"));
        assertEquals(1, received(after, "button", "character") - received(before, "button", "character"));
        assertEquals(1, received(after, "button", "other") - received(before, "button", "other"));
        assertTrue(
                after.series(RECEIVED).stream()
                        .noneMatch(sample -> "ghost".equals(sample.labels().get("command"))),
                "an unregistered name is never a tag");

        assertEquals(3, acks(after, "command") - acks(before, "command"), "every command acknowledged once");
        assertEquals(1, acks(after, "autocomplete") - acks(before, "autocomplete"));
        assertEquals(2, acks(after, "button") - acks(before, "button"));
        assertEquals(
                acks(after, "command"),
                after.value(
                        "watchparty_interactions_ack_seconds_bucket", "kind", "command", "shard", "0", "le", "+Inf"),
                "the histogram holds every acknowledgement");
        assertEquals(0, after.value("watchparty_interactions_ack_failed_total", "kind", "command", "shard", "0"));
        assertEquals(0, after.value("watchparty_interactions_internal_errors_total", "kind", "command", "shard", "0"));
        assertEquals(0, after.value("watchparty_interactions_in_flight"), "nothing left in flight");

        assertTrue(after.has("watchparty_gateway_shard_connected", "shard", "0"), after::toString);
        assertEquals(1, after.value("watchparty_gateway_shard_connected", "shard", "0"), "shard 0 is connected");
        assertTrue(after.has("watchparty_gateway_ping_seconds", "shard", "0"), after::toString);
        assertTrue(after.has("watchparty_trivia_rounds_live", "kind", "channel"));
        assertTrue(after.has("watchparty_trivia_rounds_live", "kind", "private"));
        assertTrue(after.has("watchparty_parties_live"));
        assertFalse(after.series("jvm_memory_used_bytes").isEmpty(), "the JVM's meters are there");
        assertTrue(after.has("process_uptime_seconds"));

        HttpResponse<String> health = get("/health", null);
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
    }

    @Test
    @DisplayName(
            "GIVEN a scraper WHEN it asks for the text format or for OpenMetrics THEN /metrics answers in the format asked, with its content type")
    void negotiatesTheFormat() throws Exception {
        HttpResponse<String> text = get("/metrics", null);
        assertEquals(200, text.statusCode());
        assertTrue(
                text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"),
                text.headers().toString());
        assertTrue(text.body().contains("# TYPE watchparty_interactions_in_flight gauge"), text.body());

        HttpResponse<String> open = get("/metrics", "application/openmetrics-text; version=1.0.0,text/plain;q=0.5");
        assertTrue(
                open.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"),
                open.headers().toString());
        assertTrue(open.body().endsWith("# EOF\n"), "OpenMetrics ends with # EOF");
    }
}
