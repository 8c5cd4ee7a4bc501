package dev.watchparty.discord.fake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.discord.fake.ShardedBaselineBot.Received;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.container.Container;
import net.dv8tion.jda.api.components.mediagallery.MediaGallery;
import net.dv8tion.jda.api.components.mediagallery.MediaGalleryItem;
import net.dv8tion.jda.api.components.section.Section;
import net.dv8tion.jda.api.components.separator.Separator;
import net.dv8tion.jda.api.components.textdisplay.TextDisplay;
import net.dv8tion.jda.api.components.thumbnail.Thumbnail;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.restaction.pagination.PaginationAction;
import net.dv8tion.jda.api.utils.Compression;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fake Discord against the real JDA, through the bare {@link BaselineBot}. */
@Timeout(value = 15, unit = TimeUnit.SECONDS)
class FakeDiscordTest {

    private static final Duration LOGIN = Duration.ofSeconds(10);
    private static final Duration ANSWER = Duration.ofSeconds(3);
    private static final long USER = 412_000_000_000_000_042L;
    private static final int SHARDS = 2;

    private FakeDiscord discord;
    private BaselineBot bot;
    /** Shard managers a test started, closed after it in reverse order. */
    private final List<ShardedBaselineBot> managers = new ArrayList<>();

    @BeforeEach
    void startDiscord() {
        discord = FakeDiscord.start();
    }

    @AfterEach
    void stopEverything() {
        for (ShardedBaselineBot manager : managers.reversed()) {
            manager.close();
        }
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
            "GIVEN a message command used on a member's message with a file WHEN the bot downloads the file and deletes the message THEN the file is served, and Discord refuses the delete without Manage Messages and allows it with")
    void membersMessagesAndTheirFiles() throws Exception {
        byte[] picture = {1, 2, 3, 4};
        JDA jda = startBot().jda();
        Interaction used = discord.sendMessageCommand(MessageCommandCall.of("Spoiler-wrap")
                .onMessage(USER, "ana", "a twist")
                .file("twist.png", picture));
        JsonNode data = used.payload().path("data");
        String target = data.path("target_id").asText();
        JsonNode message = data.path("resolved").path("messages").path(target);
        assertEquals(3, data.path("type").asInt(), "a message command");
        assertEquals("a twist", message.path("content").asText());
        assertEquals("ana", message.path("author").path("username").asText());
        HttpResponse<byte[]> file = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(message.path("attachments")
                                        .get(0)
                                        .path("url")
                                        .asText()))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertArrayEquals(picture, file.body());

        TextChannel channel = jda.getTextChannelById(discord.guild().channelId());
        ErrorResponseException refused = assertThrows(
                ErrorResponseException.class,
                () -> channel.deleteMessageById(target).complete());
        assertEquals(ErrorResponse.MISSING_PERMISSIONS, refused.getErrorResponse());
        assertTrue(discord.message(Long.parseUnsignedLong(target)).isPresent(), "still there");

        bot.close();
        discord.close();
        discord = FakeDiscord.builder().botManagesMessages().start();
        TextChannel allowed =
                startBot().jda().getTextChannelById(discord.guild().channelId());
        String another = discord.sendMessageCommand(
                        MessageCommandCall.of("Spoiler-wrap").onMessage(USER, "ana", "x"))
                .payload()
                .path("data")
                .path("target_id")
                .asText();
        allowed.deleteMessageById(another).complete();
        assertTrue(discord.message(Long.parseUnsignedLong(another)).isEmpty(), "deleted");
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

    /** Callback bodies as the real bot sent them: a Components V2 card, a private notice with a menu, choices. */
    private static final String CARD = """
            {"data":{"components":[{"accent_color":7473591,"components":[{"type":10,"content":"## June Park\\nA student."},\
            {"spacing":1,"divider":true,"type":14},{"type":10,"content":"### Facts\\nShe dances."}],"spoiler":false,\
            "type":17}],"tts":false,"flags":32832,"allowed_mentions":{"parse":[],"replied_user":true}},"type":4}""";

    private static final String NOTICE_WITH_MENU = """
            {"data":{"components":[{"components":[{"min_values":1,"custom_id":"party:catchup:83b82bf7","max_values":1,\
            "options":[{"default":true,"label":"Nothing yet","value":"premise"}],"disabled":false,\
            "placeholder":"I have watched through…","type":3}],"type":1}],"tts":false,"flags":64,\
            "allowed_mentions":{"parse":[],"replied_user":true},"poll":null,"embeds":[{"title":"Welcome",\
            "description":"How far have you watched?","color":3804323}],"content":"Welcome!"},"type":4}""";

    private static final String CHOICES = """
            {"data":{"choices":[{"name_localizations":{},"name":"Bette Whitlaw","value":"bette-whitlaw"},\
            {"name_localizations":{},"name":"June Park","value":"june-park"}]},"type":8}""";

    @Test
    @DisplayName(
            "GIVEN replies recorded from another bot WHEN the baseline replays them THEN each callback body is the recorded one, by input or in turn")
    void replaysRecordedReplies() throws InterruptedException {
        startBot();
        JsonNode card = Json.parse(CARD);
        JsonNode notice = Json.parse(NOTICE_WITH_MENU);
        JsonNode choices = Json.parse(CHOICES);
        Interaction june =
                discord.sendSlashCommand(SlashCommandCall.of("character").option("name", "june"));
        assertEquals("/character", BaselineBot.kindOf(june.payload()));
        assertEquals("june", BaselineBot.inputOf(june.payload()));
        june.awaitCallback(ANSWER);
        bot.replay("/character", Map.of("june", card, "bette", notice));
        bot.replay("autocomplete /character", Map.of("be", choices));
        bot.replay("button party:join", Map.of("party:join:1", notice));

        assertEquals(
                card,
                discord.sendSlashCommand(SlashCommandCall.of("character").option("name", "june"))
                        .awaitCallback(ANSWER));
        assertEquals(
                notice,
                discord.sendSlashCommand(SlashCommandCall.of("character").option("name", "bette"))
                        .awaitCallback(ANSWER));
        Interaction typed =
                discord.sendAutocomplete(SlashCommandCall.of("character").focused("name", "ju"));
        assertEquals("autocomplete /character", BaselineBot.kindOf(typed.payload()));
        assertEquals("ju", BaselineBot.inputOf(typed.payload()));
        assertEquals(choices, typed.awaitCallback(ANSWER), "no reply for 'ju': the one there is");
        Interaction click = discord.sendComponent(ComponentCall.button("party:join:2"));
        assertEquals("button party:join", BaselineBot.kindOf(click.payload()));
        assertEquals(notice, click.awaitCallback(ANSWER));
        assertEquals(
                BaselineBot.REPLY,
                discord.sendSlashCommand(SlashCommandCall.of("ping"))
                        .awaitCallback(ANSWER)
                        .path("data")
                        .path("content")
                        .asText(),
                "a kind without recorded replies gets the constant");

        bot.replayRaw("/character", Map.of("june", card));
        Interaction raw =
                discord.sendSlashCommand(SlashCommandCall.of("character").option("name", "june"));
        assertEquals(card, raw.awaitCallback(ANSWER));
        assertEquals(card.toString(), raw.awaitCallbackRequest(ANSWER).bodyText(), "byte for byte");
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

    // ---- Components V2

    @Test
    @DisplayName(
            "GIVEN a ready bot WHEN it posts a Components V2 message of every kind of component, then edits it THEN the fake takes both, the flag stays, and JDA reads the components back")
    void componentsV2Message() throws InterruptedException {
        JDA jda = startBot().jda();
        TextChannel channel = jda.getTextChannelById(discord.guild().channelId());
        assertNotNull(channel);
        Container card = Container.of(
                        Section.of(
                                Button.success("v2:join", "Join"),
                                TextDisplay.of("## Friday party"),
                                TextDisplay.of("Watching S1E2")),
                        Separator.createDivider(Separator.Spacing.SMALL),
                        Section.of(Thumbnail.fromUrl("https://example.com/poster.png"), TextDisplay.of("The poster")),
                        MediaGallery.of(MediaGalleryItem.fromUrl("https://example.com/still.png")),
                        ActionRow.of(Button.secondary("v2:leave", "Leave")))
                .withAccentColor(0x4CC9F0);

        Message posted = channel.sendMessageComponents(TextDisplay.of("Above the card"), card)
                .useComponentsV2()
                .complete();
        Message edited = posted.editMessageComponents(card.withSpoiler(true))
                .useComponentsV2()
                .complete();

        RecordedRequest post = discord.awaitChannelMessages(1, ANSWER).get(0);
        assertEquals(200, post.status());
        assertFalse(post.json().has("content"), "JDA sends no content beside V2 components");
        assertTrue(posted.isUsingComponentsV2());
        assertTrue(edited.isUsingComponentsV2());
        assertTrue(
                edited.getComponentTree().getComponents().get(0).asContainer().isSpoiler());
        JsonNode stored = discord.message(posted.getIdLong()).orElseThrow();
        assertEquals(MessageRules.IS_COMPONENTS_V2, stored.path("flags").asInt());
        assertEquals(1, stored.path("components").size(), "the edit replaced the components");
        // the container, two sections with their texts and accessories, the separator, the gallery, a row and its
        // button
        assertEquals(12, MessageRules.count(stored.path("components")));
    }

    @Test
    @DisplayName(
            "GIVEN a listener that defers privately WHEN it edits the thinking message into a Components V2 container THEN the fake takes it, and the answer is V2 and still only the user's")
    void deferredReplyBecomesComponentsV2() throws InterruptedException {
        startBot().jda().addEventListener(new ListenerAdapter() {
            @Override
            public void onStringSelectInteraction(StringSelectInteractionEvent event) {
                event.deferReply(true)
                        .queue(hook -> hook.editOriginalComponents(
                                        Container.of(TextDisplay.of("picked " + event.getValues())))
                                .useComponentsV2()
                                .queue());
            }
        });

        Interaction pick =
                discord.sendComponent(ComponentCall.select("episode", "s1e3").user(USER));

        JsonNode edit = pick.awaitOriginalEdit(ANSWER);
        assertEquals(MessageRules.IS_COMPONENTS_V2, edit.path("flags").asInt());
        JsonNode answer = pick.responseMessage();
        assertEquals(MessageRules.IS_COMPONENTS_V2 | 64, answer.path("flags").asInt(), "V2, and ephemeral still");
        assertEquals(
                "picked [s1e3]",
                answer.path("components")
                        .get(0)
                        .path("components")
                        .get(0)
                        .path("content")
                        .asText());
    }

    /** Components V2 bodies Discord refuses, each with the field its 400 names and the error code there. */
    static Stream<Arguments> refusedV2Messages() {
        String text = "{\"type\": 10, \"content\": \"Hello\"}";
        String button = "{\"type\": 2, \"style\": 2, \"custom_id\": \"b\", \"label\": \"B\"}";
        String fortyTexts = String.join(", ", java.util.Collections.nCopies(40, text));
        String long2000 = "{\"type\": 10, \"content\": \"" + "x".repeat(2000) + "\"}";
        return Stream.of(
                Arguments.of(
                        "content beside the components",
                        "{\"flags\": 32768, \"content\": \"hi\", \"components\": [" + text + "]}",
                        "content",
                        "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2"),
                Arguments.of(
                        "an embed beside the components",
                        "{\"flags\": 32768, \"embeds\": [{\"title\": \"t\"}], \"components\": [" + text + "]}",
                        "embeds",
                        "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2"),
                Arguments.of(
                        "a component type that does not exist",
                        "{\"flags\": 32768, \"components\": [{\"type\": 99}]}",
                        "components.0.type",
                        "UNION_TYPE_CHOICES"),
                Arguments.of(
                        "a text display but no V2 flag",
                        "{\"components\": [" + text + "]}",
                        "components.0.type",
                        "UNION_TYPE_CHOICES"),
                Arguments.of(
                        "41 components, 40 of them in a container",
                        "{\"flags\": 32768, \"components\": [{\"type\": 17, \"components\": [" + fortyTexts + "]}]}",
                        "components",
                        "COMPONENT_MAX_TOTAL_COMPONENTS_EXCEEDED"),
                Arguments.of(
                        "4,001 characters across two text displays",
                        "{\"flags\": 32768, \"components\": [" + long2000 + ", {\"type\": 10, \"content\": \"x"
                                + "x".repeat(2000) + "\"}]}",
                        "components",
                        "COMPONENT_MAX_TOTAL_TEXT_LENGTH_EXCEEDED"),
                Arguments.of(
                        "a section of four text displays",
                        "{\"flags\": 32768, \"components\": [{\"type\": 9, \"components\": [" + text + ", " + text
                                + ", " + text + ", " + text + "], \"accessory\": " + button + "}]}",
                        "components.0.components",
                        "BASE_TYPE_BAD_LENGTH"),
                Arguments.of(
                        "a section without an accessory",
                        "{\"flags\": 32768, \"components\": [{\"type\": 9, \"components\": [" + text + "]}]}",
                        "components.0.accessory",
                        "BASE_TYPE_REQUIRED"),
                Arguments.of(
                        "an action row of six buttons",
                        "{\"flags\": 32768, \"components\": [{\"type\": 1, \"components\": ["
                                + String.join(", ", java.util.Collections.nCopies(6, button)) + "]}]}",
                        "components.0.components",
                        "BASE_TYPE_BAD_LENGTH"),
                Arguments.of(
                        "a button id of 101 characters in a container",
                        "{\"flags\": 32768, \"components\": [{\"type\": 17, \"components\": [{\"type\": 1, "
                                + "\"components\": [{\"type\": 2, \"style\": 1, \"label\": \"B\", \"custom_id\": \""
                                + "i".repeat(101) + "\"}]}]}]}",
                        "components.0.components.0.components.0.custom_id",
                        "BASE_TYPE_MAX_LENGTH"));
    }

    @ParameterizedTest(name = "GIVEN a Components V2 message with {0} WHEN it is posted THEN 400, {3} at {2}")
    @MethodSource("refusedV2Messages")
    void refusesInvalidComponentsV2(String what, String body, String field, String code) throws Exception {
        HttpResponse<String> response = rest("POST", channelMessagesPath(), body);

        assertEquals(400, response.statusCode(), response.body());
        JsonNode error = Json.parse(response.body());
        assertEquals(50035, error.path("code").asInt());
        assertEquals(code, errorsAt(error, field).path(0).path("code").asText(), response.body());
        assertEquals(
                400,
                discord.awaitRequest("POST", "/channels/\\d+/messages", ANSWER).status(),
                "nothing was posted");
    }

    @Test
    @DisplayName(
            "GIVEN a Components V2 message WHEN an edit drops the flag to send content THEN 400 and the message stays as it was")
    void refusesRemovingTheComponentsV2Flag() throws Exception {
        HttpResponse<String> posted = rest(
                "POST",
                channelMessagesPath(),
                "{\"flags\": 32768, \"components\": [{\"type\": 10, \"content\": \"Question 1\"}]}");
        assertEquals(200, posted.statusCode(), posted.body());
        String id = Json.parse(posted.body()).path("id").asText();

        HttpResponse<String> edited =
                rest("PATCH", channelMessagesPath() + "/" + id, "{\"flags\": 0, \"content\": \"Question 1\"}");

        assertEquals(400, edited.statusCode(), edited.body());
        assertEquals(
                "MESSAGE_CANNOT_REMOVE_COMPONENTS_V2_FLAG",
                errorsAt(Json.parse(edited.body()), "flags")
                        .path(0)
                        .path("code")
                        .asText());
        JsonNode stored = discord.message(Long.parseUnsignedLong(id)).orElseThrow();
        assertEquals(MessageRules.IS_COMPONENTS_V2, stored.path("flags").asInt());
        assertEquals("", stored.path("content").asText());
    }

    @Test
    @DisplayName(
            "GIVEN a button on a Components V2 message WHEN the click is answered by updating the message with content THEN the callback is refused and the message stays V2")
    void refusesAClassicUpdateOfAComponentsV2Message() throws Exception {
        startBot();
        HttpResponse<String> posted = rest(
                "POST",
                channelMessagesPath(),
                "{\"flags\": 32768, \"components\": [{\"type\": 17, \"components\": [{\"type\": 10, \"content\": "
                        + "\"Page 1\"}, {\"type\": 1, \"components\": [{\"type\": 2, \"style\": 2, \"label\": "
                        + "\"Next\", \"custom_id\": \"baseline:click\"}]}]}]}");
        JsonNode message = Json.parse(posted.body());

        Interaction click = discord.sendButtonClick("baseline:click", message);

        assertEquals(
                400,
                discord.awaitRequest("POST", "/interactions/.*/callback", ANSWER)
                        .status());
        assertFalse(click.isAcknowledged(), "a refused callback acknowledges nothing");
        JsonNode stored = click.responseMessage();
        assertEquals(MessageRules.IS_COMPONENTS_V2, stored.path("flags").asInt());
        assertEquals("", stored.path("content").asText());
    }

    @Test
    @DisplayName(
            "GIVEN a message with content WHEN an edit makes it Components V2 without clearing the content THEN 400; clearing it, the edit is taken")
    void upgradingToComponentsV2ClearsTheContent() throws Exception {
        HttpResponse<String> posted = rest("POST", channelMessagesPath(), "{\"content\": \"Loading the card…\"}");
        String id = Json.parse(posted.body()).path("id").asText();
        String components = "\"components\": [{\"type\": 17, \"components\": [{\"type\": 10, \"content\": \"Card\"}]}]";

        HttpResponse<String> keepingContent =
                rest("PATCH", channelMessagesPath() + "/" + id, "{\"flags\": 32768, " + components + "}");
        HttpResponse<String> clearingContent = rest(
                "PATCH", channelMessagesPath() + "/" + id, "{\"flags\": 32768, \"content\": null, " + components + "}");

        assertEquals(400, keepingContent.statusCode(), keepingContent.body());
        assertEquals(
                "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
                errorsAt(Json.parse(keepingContent.body()), "content")
                        .path(0)
                        .path("code")
                        .asText());
        assertEquals(200, clearingContent.statusCode(), clearingContent.body());
        assertEquals(
                MessageRules.IS_COMPONENTS_V2,
                discord.message(Long.parseUnsignedLong(id))
                        .orElseThrow()
                        .path("flags")
                        .asInt());
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
        HttpResponse<String> response = rest("GET", "guilds/1/bans", null);

        assertEquals(404, response.statusCode());
        JsonNode error = Json.parse(response.body());
        assertEquals(0, error.path("code").asInt());
        assertEquals("404: Not Found", error.path("message").asText());
        assertEquals(404, discord.awaitRequest("GET", "/guilds/1/bans", ANSWER).status());
    }

    // ---- shards

    @Test
    @DisplayName(
            "GIVEN a fake with two shards WHEN GET /gateway/bot is asked and a shard manager follows it THEN it recommends 2 shards, and the manager runs both, each in its own session")
    void gatewayBotAnnouncesShards() throws Exception {
        assertEquals(1, gatewayBot().path("shards").asInt(), "the default fake serves one shard");
        startSharded(4);

        JsonNode announced = gatewayBot();

        assertEquals(SHARDS, announced.path("shards").asInt());
        assertEquals(discord.gatewayUrl(), announced.path("url").asText());
        ShardedBaselineBot both = run(ShardedBaselineBot.connectAsRecommended(discord));
        both.awaitConnected(LOGIN);
        assertEquals(SHARDS, both.manager().getShardsTotal());
        assertEquals(Set.of(0, 1), discord.awaitShardsConnected(2, ANSWER));
        assertNotEquals(discord.awaitIdentified(0, ANSWER), discord.awaitIdentified(1, ANSWER));
        assertEquals(
                ids(discord.guilds()),
                sorted(both.manager().getGuilds().stream().map(Guild::getIdLong)));
    }

    @Test
    @DisplayName(
            "GIVEN a fake with two shards and five servers WHEN one manager runs shard 0 of 2 and another shard 1 of 2 THEN each shard gets exactly the GUILD_CREATEs of its servers")
    void eachShardGetsItsServers() {
        startSharded(5);
        List<Long> onShard0 = ids(discord.guildsOnShard(0));
        List<Long> onShard1 = ids(discord.guildsOnShard(1));

        ShardedBaselineBot first = run(ShardedBaselineBot.connect(discord, SHARDS, 0, 0));
        ShardedBaselineBot second = run(ShardedBaselineBot.connect(discord, SHARDS, 1, 1));
        first.awaitConnected(LOGIN);
        second.awaitConnected(LOGIN);

        assertEquals(Set.of(0, 1), discord.awaitShardsConnected(2, ANSWER));
        assertEquals(3, onShard0.size(), "servers 0, 2 and 4 of five: " + onShard0);
        assertEquals(2, onShard1.size(), "servers 1 and 3 of five: " + onShard1);
        for (FakeGuild guild : discord.guilds()) {
            long shard = (guild.id() >> 22) % SHARDS; // Discord's formula
            assertTrue((shard == 0 ? onShard0 : onShard1).contains(guild.id()), guild + " belongs on shard " + shard);
        }
        assertEquals(onShard0, sorted(first.guildsReady().stream().map(ready -> ready.guildId())));
        assertEquals(onShard1, sorted(second.guildsReady().stream().map(ready -> ready.guildId())));
        assertTrue(first.guildsReady().stream().allMatch(ready -> ready.shard() == 0), first.guildsReady()::toString);
        assertTrue(second.guildsReady().stream().allMatch(ready -> ready.shard() == 1), second.guildsReady()::toString);
        assertEquals(onShard0, sorted(first.manager().getGuilds().stream().map(Guild::getIdLong)));
        assertEquals(onShard1, sorted(second.manager().getGuilds().stream().map(Guild::getIdLong)));
    }

    @Test
    @DisplayName(
            "GIVEN a fake with two shards WHEN a client identifies as shard 1 of 2 THEN READY echoes the shard and lists, as the GUILD_CREATEs that follow, only the servers on shard 1")
    void readyEchoesTheShard() throws Exception {
        startSharded(4);
        List<Long> onShard1 = ids(discord.guildsOnShard(1));

        try (RawGatewayClient client = RawGatewayClient.connect(discord)) {
            client.identify(Json.array().add(1).add(SHARDS));

            JsonNode ready = client.nextDispatch("READY");
            assertEquals(
                    List.of(1, SHARDS),
                    List.of(
                            ready.path("shard").get(0).asInt(),
                            ready.path("shard").get(1).asInt()));
            assertEquals(
                    onShard1,
                    sorted(StreamSupport.stream(ready.path("guilds").spliterator(), false)
                            .map(guild ->
                                    Long.parseUnsignedLong(guild.path("id").asText()))));
            List<Long> created = new ArrayList<>();
            for (int i = 0; i < onShard1.size(); i++) {
                created.add(Long.parseUnsignedLong(
                        client.nextDispatch("GUILD_CREATE").path("id").asText()));
            }
            assertEquals(onShard1, sorted(created.stream()));
            assertEquals(Set.of(1), discord.awaitShardsConnected(1, ANSWER));
        }
    }

    @Test
    @DisplayName(
            "GIVEN two managers on shards 0 and 1 of 2 WHEN a slash command, a click and an autocomplete come from a server on shard 1 THEN only the manager running shard 1 gets them")
    void serverInteractionsReachTheirShardOnly() {
        startSharded(2);
        FakeGuild onShard0 = discord.guildsOnShard(0).get(0);
        FakeGuild onShard1 = discord.guildsOnShard(1).get(0);
        ShardedBaselineBot first = run(ShardedBaselineBot.connect(discord, SHARDS, 0, 0));
        ShardedBaselineBot second = run(ShardedBaselineBot.connect(discord, SHARDS, 1, 1));
        first.awaitConnected(LOGIN);
        second.awaitConnected(LOGIN);

        Interaction command =
                discord.sendSlashCommand(SlashCommandCall.of("ping").inGuild(onShard1));
        Interaction click = discord.sendComponent(ComponentCall.button("any").inGuild(onShard1));
        Interaction typing = discord.sendAutocomplete(
                SlashCommandCall.of("character").focused("name", "ju").inGuild(onShard1));

        assertEquals(
                "shard 1",
                command.awaitCallback(ANSWER).path("data").path("content").asText());
        assertEquals(
                "shard 1",
                click.awaitCallback(ANSWER).path("data").path("content").asText());
        assertEquals(
                "shard 1",
                typing.awaitCallback(ANSWER)
                        .path("data")
                        .path("choices")
                        .get(0)
                        .path("name")
                        .asText());
        assertEquals(List.of(1, 1, 1), List.of(command.shard(), click.shard(), typing.shard()));
        // shard 0 answers a later one only after whatever its session was sent before
        Interaction later = discord.sendSlashCommand(SlashCommandCall.of("ping").inGuild(onShard0));
        assertEquals(
                "shard 0",
                later.awaitCallback(ANSWER).path("data").path("content").asText());
        assertEquals(
                List.of(
                        new Received(1, command.id(), onShard1.id(), false),
                        new Received(1, click.id(), onShard1.id(), false),
                        new Received(1, typing.id(), onShard1.id(), false)),
                second.received());
        assertEquals(List.of(new Received(0, later.id(), onShard0.id(), false)), first.received());
    }

    @Test
    @DisplayName(
            "GIVEN two managers on shards 0 and 1 of 2 WHEN a user runs a command in a DM and in a server the bot is not in (user-installed, its id on shard 1) THEN only the manager running shard 0 gets them")
    void dmAndUserInstalledInteractionsReachShardZeroOnly() {
        startSharded(2);
        FakeGuild onShard1 = discord.guildsOnShard(1).get(0);
        long elsewhere = discord.guildIdWithoutBot(1);
        assertEquals(1, (elsewhere >> 22) % SHARDS, "by its id alone it would go to shard 1");
        assertFalse(ids(discord.guilds()).contains(elsewhere));
        ShardedBaselineBot first = run(ShardedBaselineBot.connect(discord, SHARDS, 0, 0));
        ShardedBaselineBot second = run(ShardedBaselineBot.connect(discord, SHARDS, 1, 1));
        first.awaitConnected(LOGIN);
        second.awaitConnected(LOGIN);

        Interaction dm =
                discord.sendSlashCommand(SlashCommandCall.of("ping").user(USER).inDm());
        Interaction userInstalled =
                discord.sendSlashCommand(SlashCommandCall.of("ping").user(USER).inGuildWithoutBot(elsewhere));

        assertEquals(
                "shard 0", dm.awaitCallback(ANSWER).path("data").path("content").asText());
        assertEquals(
                "shard 0",
                userInstalled.awaitCallback(ANSWER).path("data").path("content").asText());
        JsonNode payload = userInstalled.payload();
        assertEquals(0, payload.path("context").asInt(), "in a server");
        assertEquals(
                Long.toUnsignedString(USER),
                payload.path("authorizing_integration_owners").path("1").asText(),
                "installed by the user");
        assertTrue(payload.path("authorizing_integration_owners").path("0").isMissingNode(), payload::toString);
        // shard 1 answers a later one only after whatever its session was sent before
        Interaction later = discord.sendSlashCommand(SlashCommandCall.of("ping").inGuild(onShard1));
        assertEquals(
                "shard 1",
                later.awaitCallback(ANSWER).path("data").path("content").asText());
        assertEquals(
                List.of(new Received(0, dm.id(), 0, false), new Received(0, userInstalled.id(), elsewhere, true)),
                first.received(),
                "JDA takes the server the bot is not in for a detached one");
        assertEquals(List.of(new Received(1, later.id(), onShard1.id(), false)), second.received());
    }

    @Test
    @DisplayName(
            "GIVEN two managers on shards 0 and 1 of 2 WHEN shard 1's connection drops THEN shard 1 resumes its session and gets the missed command replayed while shard 0 stays connected")
    void oneShardResumes() {
        startSharded(2);
        FakeGuild onShard1 = discord.guildsOnShard(1).get(0);
        run(ShardedBaselineBot.connect(discord, SHARDS, 0, 0)).awaitConnected(LOGIN);
        ShardedBaselineBot second = run(ShardedBaselineBot.connect(discord, SHARDS, 1, 1));
        second.awaitConnected(LOGIN);
        String session = discord.awaitIdentified(1, ANSWER);

        discord.dropConnection(1);
        assertEquals(Set.of(0), discord.connectedShards());
        Interaction missed =
                discord.sendSlashCommand(SlashCommandCall.of("ping").inGuild(onShard1));
        Resumed resumed = discord.awaitResumed(Duration.ofSeconds(5));

        assertEquals(1, resumed.shard());
        assertEquals(session, resumed.sessionId());
        assertTrue(resumed.replayedEvents() >= 1, "the command sent during the outage is replayed: " + resumed);
        assertEquals(
                "shard 1",
                missed.awaitCallback(ANSWER).path("data").path("content").asText());
        assertEquals(Set.of(0, 1), discord.awaitShardsConnected(2, ANSWER));
        assertEquals(3, discord.gatewayConnections().size(), "shard 1 reconnected once, shard 0 never");
        assertEquals(
                2,
                discord.gatewayFrames().stream()
                        .filter(frame -> frame.op() == FakeGateway.IDENTIFY)
                        .count(),
                "one IDENTIFY per shard, none after the drop");
    }

    @Test
    @DisplayName(
            "GIVEN a fake with two shards WHEN a JDA identifies as shard 0 of 1 THEN the fake closes with 4011 (sharding required) and the shard shuts down for good")
    void tooFewShardsAreRefused() {
        startSharded(2);

        ShardedBaselineBot unsharded = run(ShardedBaselineBot.connect(discord, 1, 0, 0));

        assertEquals(FakeGateway.SHARDING_REQUIRED, discord.awaitDisconnected(LOGIN));
        assertEquals(FakeGateway.SHARDING_REQUIRED, unsharded.awaitShutdownCode(LOGIN));
        assertEquals(Set.of(), discord.connectedShards());
        assertEquals(1, discord.gatewayConnections().size(), "no second attempt");
    }

    @Test
    @DisplayName(
            "GIVEN a fake with two shards WHEN a JDA identifies as shard 0 of 3 THEN the fake closes with 4010 (invalid shard) and the shard shuts down for good")
    void anotherShardTotalIsRefused() {
        startSharded(2);

        ShardedBaselineBot ofThree = run(ShardedBaselineBot.connect(discord, 3, 0, 0));

        assertEquals(FakeGateway.INVALID_SHARD, discord.awaitDisconnected(LOGIN));
        assertEquals(FakeGateway.INVALID_SHARD, ofThree.awaitShutdownCode(LOGIN));
        assertEquals(Set.of(), discord.connectedShards());
        assertEquals(1, discord.gatewayConnections().size(), "no second attempt");
    }

    private void startSharded(int guilds) {
        discord.close();
        discord = FakeDiscord.builder().shards(SHARDS).guilds(guilds).start();
    }

    private ShardedBaselineBot run(ShardedBaselineBot manager) {
        managers.add(manager);
        return manager;
    }

    private JsonNode gatewayBot() throws Exception {
        HttpResponse<String> response = rest("GET", "gateway/bot", null);
        assertEquals(200, response.statusCode(), response.body());
        return Json.parse(response.body());
    }

    @Test
    @DisplayName(
            "GIVEN the bare JDA WHEN it plans a server event and 150 members mark themselves interested THEN JDA reads the event back and pages through all of them")
    void scheduledEvents() throws Exception {
        Guild guild = startBot().jda().getGuildById(discord.guild().id());
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);
        ScheduledEvent created = guild.createScheduledEvent("Finale", "#general", start, start.plusHours(3))
                .setDescription("Watching together")
                .submit()
                .get(ANSWER.toSeconds(), TimeUnit.SECONDS);

        JsonNode sent = discord.awaitRequest("POST", "/guilds/\\d+/scheduled-events", ANSWER)
                .json();
        assertEquals(
                start.toInstant(),
                OffsetDateTime.parse(sent.path("scheduled_start_time").asText()).toInstant());
        assertEquals("#general", sent.path("entity_metadata").path("location").asText());
        assertEquals(
                List.of(created.getId()),
                discord.scheduledEvents().stream()
                        .map(event -> event.path("id").asText())
                        .toList());
        List<Long> viewers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            viewers.add(USER + i);
            discord.markInterested(created.getIdLong(), USER + i, "viewer" + i);
        }

        ScheduledEvent read = guild.retrieveScheduledEventById(created.getId()).complete();
        assertEquals("Finale", read.getName());
        assertEquals(start, read.getStartTime());
        List<Member> interested = read.retrieveInterestedMembers()
                .order(PaginationAction.PaginationOrder.FORWARD)
                .takeAsync(1_000)
                .get(ANSWER.toSeconds(), TimeUnit.SECONDS);
        List<Long> expected = new ArrayList<>(viewers);
        expected.add(discord.botUserId()); // the creator is interested in its own event
        assertEquals(
                sorted(expected.stream()),
                interested.stream().map(Member::getIdLong).toList());
        assertEquals("viewer7", interested.get(7).getEffectiveName());
        assertEquals(
                3,
                discord.requests().stream()
                        .filter(request -> request.is("GET", "/guilds/\\d+/scheduled-events/\\d+/users"))
                        .count(),
                "pages of 100, 51, then an empty one");
        ErrorResponseException unknown = assertThrows(
                ErrorResponseException.class,
                () -> guild.retrieveScheduledEventById(USER).complete());
        assertEquals(ErrorResponse.UNKNOWN_SCHEDULED_EVENT, unknown.getErrorResponse());
    }

    /** A request to the fake's REST API as the bot, {@code path} below the API base; a JSON body or none. */
    private HttpResponse<String> rest(String method, String path, String jsonBody) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + path))
                .header("Authorization", "Bot " + discord.token());
        if (jsonBody == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The default server channel's messages route, below the API base. */
    private String channelMessagesPath() {
        return "channels/" + discord.guild().channelId() + "/messages";
    }

    /** The {@code _errors} of a Discord error body at a dotted field path. */
    private static JsonNode errorsAt(JsonNode error, String field) {
        JsonNode at = error.path("errors");
        for (String key : field.split("\\.")) {
            at = at.path(key);
        }
        return at.path("_errors");
    }

    private static List<Long> ids(List<FakeGuild> guilds) {
        return sorted(guilds.stream().map(FakeGuild::id));
    }

    private static List<Long> sorted(Stream<Long> ids) {
        return ids.sorted().toList();
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
