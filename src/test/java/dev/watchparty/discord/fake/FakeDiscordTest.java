package dev.watchparty.discord.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.Compression;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The fake Discord against the real JDA, through the bare {@link BaselineBot}. */
@Timeout(value = 15, unit = TimeUnit.SECONDS)
class FakeDiscordTest {

    private static final Duration LOGIN = Duration.ofSeconds(10);
    private static final Duration ANSWER = Duration.ofSeconds(3);
    private static final long USER = 412_000_000_000_000_042L;

    private FakeDiscord discord;
    private BaselineBot bot;

    @BeforeEach
    void startDiscord() {
        discord = FakeDiscord.start();
    }

    @AfterEach
    void stopEverything() {
        if (bot != null) {
            bot.close();
        }
        discord.close();
    }

    private BaselineBot startBot() throws InterruptedException {
        bot = BaselineBot.start(discord, LOGIN);
        return bot;
    }

    @Test
    @DisplayName(
            "GIVEN the fake Discord WHEN the bare JDA logs in THEN it identifies, gets READY and the server, and is connected")
    void login() throws InterruptedException {
        JDA jda = startBot().jda();

        String session = discord.awaitIdentified(ANSWER);
        assertNotNull(session);
        assertEquals(JDA.Status.CONNECTED, jda.getStatus());
        assertEquals(discord.botUserId(), jda.getSelfUser().getIdLong());
        assertEquals(discord.applicationId(), jda.getSelfUser().getApplicationIdLong());
        Guild guild = jda.getGuildById(discord.guild().id());
        assertNotNull(guild, "the server from GUILD_CREATE is cached");
        assertNotNull(guild.getTextChannelById(discord.guild().channelId()));
        assertNotNull(guild.getSelfMember());
        // JDA checks its token with GET /users/@me before it connects, and connects with zlib-stream by default
        assertEquals(200, discord.awaitRequest("GET", "/users/@me", ANSWER).status());
        assertTrue(
                discord.gatewayConnections().get(0).contains("compress=zlib-stream"),
                discord.gatewayConnections().toString());
        JsonNode identify = discord.gatewayFrames().stream()
                .filter(frame -> frame.op() == FakeGateway.IDENTIFY)
                .findFirst()
                .orElseThrow()
                .payload();
        assertEquals(FakeDiscord.TOKEN, identify.path("d").path("token").asText());
    }

    @Test
    @DisplayName(
            "GIVEN a fake with three servers WHEN the bare JDA logs in and is used in the third THEN it caches all three and answers there")
    void manyServers() throws InterruptedException {
        discord.close();
        discord = FakeDiscord.start(3);
        JDA jda = startBot().jda();

        List<FakeGuild> guilds = discord.guilds();
        assertEquals(3, guilds.size());
        assertEquals(discord.guild(), guilds.get(0));
        assertEquals(3, jda.getGuilds().size());
        for (FakeGuild fake : guilds) {
            Guild guild = jda.getGuildById(fake.id());
            assertNotNull(guild, "every GUILD_CREATE is cached");
            assertNotNull(guild.getTextChannelById(fake.channelId()));
        }
        FakeGuild third = guilds.get(2);
        Interaction ping = discord.sendSlashCommand(SlashCommandCall.of("ping").inGuild(third));
        assertEquals(
                BaselineBot.REPLY,
                ping.awaitCallback(ANSWER).path("data").path("content").asText());
        assertEquals(
                Long.toUnsignedString(third.id()),
                ping.payload().path("guild_id").asText());
        assertEquals(third.channelId(), ping.channelId());
        Interaction click = discord.sendComponent(ComponentCall.button("any").inGuild(third));
        assertEquals(
                BaselineBot.EDITED,
                click.awaitCallback(ANSWER).path("data").path("content").asText());
        assertEquals(third.channelId(), click.channelId());
    }

    @Test
    @DisplayName(
            "GIVEN a JDA that asks for no compression WHEN it logs in THEN the fake speaks plain text frames and it is ready")
    void loginWithoutCompression() throws InterruptedException {
        bot = BaselineBot.start(discord, LOGIN, Compression.NONE);

        assertEquals(JDA.Status.CONNECTED, bot.jda().getStatus());
        assertFalse(
                discord.gatewayConnections().get(0).contains("compress="),
                discord.gatewayConnections().toString());
        JsonNode callback =
                discord.sendSlashCommand(SlashCommandCall.of("ping")).awaitCallback(ANSWER);
        assertEquals(BaselineBot.REPLY, callback.path("data").path("content").asText());
    }

    @Test
    @DisplayName(
            "GIVEN the bot is ready WHEN it overwrites its global commands THEN the fake records the body and echoes them with ids")
    void commandRegistration() throws Exception {
        startBot();

        JsonNode registered = discord.awaitRegisteredCommands(ANSWER);
        assertEquals(Set.copyOf(BaselineBot.COMMANDS), names(registered));
        List<Command> echoed = bot.commandsRegistered().get(ANSWER.toMillis(), TimeUnit.MILLISECONDS);
        assertEquals(BaselineBot.COMMANDS.size(), echoed.size());
        assertTrue(echoed.stream().allMatch(command -> command.getIdLong() != 0));
        RecordedRequest put =
                discord.awaitRequest("PUT", "/applications/" + discord.applicationId() + "/commands", ANSWER);
        assertEquals(200, put.status());
    }

    @Test
    @DisplayName(
            "GIVEN a ready bot WHEN a user runs a slash command in the server THEN the callback is type 4 with the constant reply")
    void slashCommandInGuild() throws InterruptedException {
        startBot();

        Interaction ping = discord.sendSlashCommand(SlashCommandCall.of("ping").user(USER, "june"));

        JsonNode callback = ping.awaitCallback(ANSWER);
        assertEquals(4, callback.path("type").asInt());
        assertEquals(BaselineBot.REPLY, callback.path("data").path("content").asText());
        assertEquals(BaselineBot.REPLY, ping.responseMessage().path("content").asText());
    }

    @Test
    @DisplayName("GIVEN a ready bot WHEN a user runs a subcommand with options in a DM THEN it is answered too")
    void slashCommandInDmWithSubcommand() throws InterruptedException {
        startBot();

        Interaction call = discord.sendSlashCommand(SlashCommandCall.of("party")
                .subcommand("join")
                .option("episode", 3)
                .option("spoilers", false)
                .userOption("friend", USER + 1)
                .user(USER)
                .inDm());

        JsonNode callback = call.awaitCallback(ANSWER);
        assertEquals(4, callback.path("type").asInt());
        assertEquals(BaselineBot.REPLY, callback.path("data").path("content").asText());
        assertEquals(1, call.payload().path("context").asInt());
    }

    @Test
    @DisplayName(
            "GIVEN a ready bot WHEN a user types in an autocompleted option THEN the callback is type 8 with the one constant choice")
    void autocomplete() throws InterruptedException {
        startBot();
        discord.awaitRegisteredCommands(ANSWER);

        Interaction typing =
                discord.sendAutocomplete(SlashCommandCall.of("character").focused("name", "ju"));

        JsonNode callback = typing.awaitCallback(ANSWER);
        assertEquals(8, callback.path("type").asInt());
        JsonNode choices = callback.path("data").path("choices");
        assertEquals(1, choices.size());
        assertEquals(BaselineBot.CHOICE, choices.get(0).path("name").asText());
    }

    @Test
    @DisplayName(
            "GIVEN a bot message with a button WHEN a user clicks it THEN the callback is type 7 and the message is edited")
    void buttonClick() throws InterruptedException {
        startBot();

        Interaction click = discord.sendButtonClick("baseline:click");

        JsonNode callback = click.awaitCallback(ANSWER);
        assertEquals(7, callback.path("type").asInt());
        assertEquals(BaselineBot.EDITED, callback.path("data").path("content").asText());
        assertEquals(BaselineBot.EDITED, click.responseMessage().path("content").asText());
    }

    @Test
    @DisplayName(
            "GIVEN a listener that defers WHEN a user picks in a select menu THEN JDA gets the values, and the deferred reply, its edit and a follow-up arrive")
    void selectWithDeferredReplyEditAndFollowup() throws InterruptedException {
        startBot().jda().addEventListener(new ListenerAdapter() {
            @Override
            public void onStringSelectInteraction(StringSelectInteractionEvent event) {
                event.deferReply(true)
                        .queue(hook -> hook.editOriginal("picked " + event.getValues())
                                .queue(edited ->
                                        hook.sendMessage("and one more thing").queue()));
            }
        });

        Interaction pick =
                discord.sendComponent(ComponentCall.select("episode", "s1e3").user(USER));

        JsonNode callback = pick.awaitCallback(ANSWER);
        assertEquals(5, callback.path("type").asInt());
        assertEquals(64, callback.path("data").path("flags").asInt(), "ephemeral");
        assertEquals(
                "picked [s1e3]", pick.awaitOriginalEdit(ANSWER).path("content").asText());
        assertEquals(
                "and one more thing", pick.awaitFollowup(ANSWER).path("content").asText());
        assertEquals("picked [s1e3]", pick.responseMessage().path("content").asText());
    }

    @Test
    @DisplayName(
            "GIVEN a ready bot WHEN it posts and then edits a message in the server's channel THEN the fake records both and JDA gets the message back")
    void channelMessages() throws InterruptedException {
        JDA jda = startBot().jda();
        TextChannel channel = jda.getTextChannelById(discord.guild().channelId());
        assertNotNull(channel);

        Message posted = channel.sendMessage("the party starts").complete();
        Message edited = posted.editMessage("the party started").complete();

        RecordedRequest post = discord.awaitChannelMessages(1, ANSWER).get(0);
        assertEquals("the party starts", post.json().path("content").asText());
        assertEquals(posted.getIdLong(), edited.getIdLong());
        assertEquals("the party started", edited.getContentRaw());
        assertEquals(
                "the party started",
                discord.message(posted.getIdLong())
                        .orElseThrow()
                        .path("content")
                        .asText());
    }

    @Test
    @DisplayName(
            "GIVEN a connected bot WHEN the connection drops without a close frame THEN JDA resumes, gets the missed command replayed and answers the next")
    void resumeAfterDrop() throws InterruptedException {
        startBot();
        String session = discord.awaitIdentified(ANSWER);

        discord.dropConnection();
        Interaction missed = discord.sendSlashCommand(SlashCommandCall.of("ping")); // dispatched while disconnected
        Resumed resumed = discord.awaitResumed(Duration.ofSeconds(5));

        assertEquals(session, resumed.sessionId());
        assertTrue(resumed.replayedEvents() >= 1, "the command sent during the outage is replayed: " + resumed);
        assertEquals(
                BaselineBot.REPLY,
                missed.awaitCallback(ANSWER).path("data").path("content").asText());
        Interaction next = discord.sendSlashCommand(SlashCommandCall.of("ping"));
        assertEquals(
                BaselineBot.REPLY,
                next.awaitCallback(ANSWER).path("data").path("content").asText());
        assertEquals(2, discord.gatewayConnections().size(), "one reconnect, no new IDENTIFY");
        assertEquals(
                1,
                discord.gatewayFrames().stream()
                        .filter(frame -> frame.op() == FakeGateway.IDENTIFY)
                        .count());
    }

    @Test
    @DisplayName(
            "GIVEN a 429 on the interaction callback route WHEN the bot answers THEN JDA waits the retry-after, retries and the answer arrives")
    void rateLimitedCallbackIsRetried() throws InterruptedException {
        startBot();
        discord.respondNext("POST", "/interactions/.*/callback", 429, 0.1);

        Interaction ping = discord.sendSlashCommand(SlashCommandCall.of("ping"));

        JsonNode callback = ping.awaitCallback(Duration.ofSeconds(5));
        assertEquals(BaselineBot.REPLY, callback.path("data").path("content").asText());
        List<RecordedRequest> attempts = callbackAttempts(ping);
        assertEquals(
                List.of(429, 200),
                attempts.stream().map(RecordedRequest::status).toList());
        long waitedMillis = (attempts.get(1).receivedAtNanos() - attempts.get(0).receivedAtNanos()) / 1_000_000;
        assertTrue(waitedMillis >= 100, "retried after " + waitedMillis + " ms");
    }

    @Test
    @DisplayName(
            "GIVEN a 503 on the interaction callback route WHEN the bot answers THEN JDA retries and the answer arrives")
    void unavailableCallbackIsRetried() throws InterruptedException {
        startBot();
        discord.respondNext("POST", "/interactions/.*/callback", 503);

        Interaction ping = discord.sendSlashCommand(SlashCommandCall.of("ping"));

        JsonNode callback = ping.awaitCallback(Duration.ofSeconds(5));
        assertEquals(BaselineBot.REPLY, callback.path("data").path("content").asText());
        assertEquals(
                List.of(503, 200),
                callbackAttempts(ping).stream().map(RecordedRequest::status).toList());
    }

    @Test
    @DisplayName(
            "GIVEN the fake REST API WHEN a route it does not serve is called THEN it is recorded and answered 404 in Discord's error shape")
    void unknownRoute() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + "guilds/1/bans"))
                                .header("Authorization", "Bot " + discord.token())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(404, response.statusCode());
        JsonNode error = Json.parse(response.body());
        assertEquals(0, error.path("code").asInt());
        assertEquals("404: Not Found", error.path("message").asText());
        assertEquals(404, discord.awaitRequest("GET", "/guilds/1/bans", ANSWER).status());
    }

    private List<RecordedRequest> callbackAttempts(Interaction interaction) {
        String path = "/interactions/" + interaction.id() + "/.*/callback";
        return discord.requests().stream()
                .filter(request -> request.is("POST", path))
                .toList();
    }

    private static Set<String> names(JsonNode commands) {
        return StreamSupport.stream(commands.spliterator(), false)
                .map(command -> command.path("name").asText())
                .collect(Collectors.toSet());
    }
}
