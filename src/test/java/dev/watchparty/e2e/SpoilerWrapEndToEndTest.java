package dev.watchparty.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.MessageCommandCall;
import dev.watchparty.discord.fake.ModalSubmitCall;
import dev.watchparty.discord.fake.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Spoiler-wrap" through the real JDA on the fake Discord: registered as a message command, used on a member's
 * message (text and a file, with no message-content intent), the episode asked in a modal, the repost and the removal
 * as Discord receives them, with and without the bot's Manage Messages.
 */
class SpoilerWrapEndToEndTest {

    private static final long ALICE = 300_000_000_000_000_701L;
    private static final long BOB = 300_000_000_000_000_702L;
    private static final int EPHEMERAL = 64;
    private static final int SUPPRESS_EMBEDS = 4;
    private static final int MODAL = 9;
    private static final int DEFERRED = 5;
    private static final byte[] PICTURE = "not really a png".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    /** The modal the bot answered a message command with. */
    private static JsonNode modalOf(Interaction used) {
        JsonNode callback = used.awaitCallback(BotOnFakeDiscord.WAIT);
        assertEquals(MODAL, callback.path("type").asInt(), callback.toString());
        return callback.path("data");
    }

    /** The member's private answer to the modal: the callback's, or the edit that follows a deferral. */
    private static JsonNode privateAnswer(Interaction submitted) {
        JsonNode callback = submitted.awaitCallback(BotOnFakeDiscord.WAIT);
        JsonNode answer = callback.path("type").asInt() == DEFERRED
                ? submitted.awaitOriginalEdit(BotOnFakeDiscord.WAIT)
                : callback.path("data");
        assertEquals(EPHEMERAL, callback.path("data").path("flags").asInt() & EPHEMERAL, "only the member sees it");
        return answer;
    }

    private static long targetOf(Interaction used) {
        return Long.parseUnsignedLong(
                used.payload().path("data").path("target_id").asText());
    }

    @Test
    @DisplayName(
            "GIVEN a bot that may manage messages WHEN a member spoiler-wraps their own message as episode 7 THEN it is reposted escaped, tagged and labelled, the file as SPOILER_, and the original deleted")
    void wrapsAndRemoves() {
        try (FakeDiscord discord = FakeDiscord.builder().botManagesMessages().start();
                BotOnFakeDiscord bot = new BotOnFakeDiscord(discord, folder.resolve("bot.db"))) {
            JsonNode registered = StreamSupport.stream(
                            discord.awaitRegisteredCommands(BotOnFakeDiscord.WAIT)
                                    .spliterator(),
                            false)
                    .filter(command -> command.path("name").asText().equals("Spoiler-wrap"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(3, registered.path("type").asInt(), "a message command");
            assertEquals("[\"0\"]", registered.path("contexts").toString(), "in servers only");
            assertEquals("[\"0\"]", registered.path("integration_types").toString(), "where the bot is");

            MessageCommandCall used = MessageCommandCall.of("Spoiler-wrap")
                    .user(ALICE, "alice")
                    .onMessage(ALICE, "alice", "The **twist**: || Delia did it <@123> @everyone")
                    .file("cake.png", PICTURE);
            Interaction menu = discord.sendMessageCommand(used);
            JsonNode modal = modalOf(menu);
            assertEquals("Spoiler-wrap a message", modal.path("title").asText());
            JsonNode input = modal.path("components").get(0).path("component");
            assertEquals("episode", input.path("custom_id").asText());

            Interaction submitted = discord.sendModalSubmit(
                    ModalSubmitCall.of(modal.path("custom_id").asText())
                            .value("episode", "7")
                            .user(ALICE, "alice"));
            JsonNode answer = privateAnswer(submitted);

            RecordedRequest repost =
                    discord.awaitChannelMessages(1, BotOnFakeDiscord.WAIT).get(0);
            JsonNode posted = repost.json();
            assertEquals(
                    "S1E7 spoiler from \\@alice: ||The \\*\\*twist\\*\\*: \\|\\| Delia did it \\<\\@123\\> \\@everyone||",
                    posted.path("content").asText());
            assertEquals(SUPPRESS_EMBEDS, posted.path("flags").asInt() & SUPPRESS_EMBEDS, "no link preview");
            assertEquals("[]", posted.path("allowed_mentions").path("parse").toString(), "pings nobody");
            List<RecordedRequest.File> files = repost.files();
            assertEquals(1, files.size());
            assertEquals("SPOILER_cake.png", files.get(0).filename());
            assertArrayEquals(PICTURE, files.get(0).bytes(), "the member's file, downloaded and sent again");
            long target = targetOf(menu);
            assertEquals(
                    204,
                    discord.awaitRequest(
                                    "DELETE",
                                    "/channels/\\d+/messages/" + Long.toUnsignedString(target),
                                    BotOnFakeDiscord.WAIT)
                            .status());
            assertTrue(discord.message(target).isEmpty(), "the original is gone");
            assertEquals(
                    "Done: I reposted it under spoiler tags, labelled S1E7, and removed the original.",
                    answer.path("content").asText());
        }
    }

    @Test
    @DisplayName(
            "GIVEN a bot without Manage Messages WHEN a moderator wraps a member's message THEN it is reposted, the original stays, and the moderator is told why; a member may not wrap another's")
    void cannotRemoveWithoutManageMessages() {
        try (FakeDiscord discord = FakeDiscord.start();
                BotOnFakeDiscord bot = new BotOnFakeDiscord(discord, folder.resolve("bot.db"))) {
            discord.awaitRegisteredCommands(BotOnFakeDiscord.WAIT);
            MessageCommandCall onAlices =
                    MessageCommandCall.of("Spoiler-wrap").onMessage(ALICE, "alice", "Delia did it");

            JsonNode refused =
                    discord.sendMessageCommand(onAlices.user(BOB, "bob")).awaitCallback(BotOnFakeDiscord.WAIT);
            assertEquals(4, refused.path("type").asInt(), "an answer, no modal");
            assertTrue(refused.path("data").path("content").asText().contains("needs the Manage Messages permission"));

            MessageCommandCall byModerator = MessageCommandCall.of("Spoiler-wrap")
                    .user(BOB, "bob")
                    .roles(discord.guild().moderatorRoleId())
                    .onMessage(ALICE, "alice", "Delia did it");
            Interaction menu = discord.sendMessageCommand(byModerator);
            JsonNode modal = modalOf(menu);
            JsonNode answer = privateAnswer(discord.sendModalSubmit(
                    ModalSubmitCall.of(modal.path("custom_id").asText())
                            .value("episode", "S1E3")
                            .user(BOB, "bob")
                            .roles(discord.guild().moderatorRoleId())));

            assertEquals(
                    "S1E3 spoiler from \\@alice: ||Delia did it||",
                    discord.awaitChannelMessages(1, BotOnFakeDiscord.WAIT)
                            .get(0)
                            .json()
                            .path("content")
                            .asText());
            long target = targetOf(menu);
            assertEquals(
                    403,
                    discord.awaitRequest(
                                    "DELETE",
                                    "/channels/\\d+/messages/" + Long.toUnsignedString(target),
                                    BotOnFakeDiscord.WAIT)
                            .status());
            assertTrue(discord.message(target).isPresent(), "the original stays");
            assertEquals(
                    "I reposted it under spoiler tags, labelled S1E3, but I couldn't remove the original: I need the "
                            + "Manage Messages permission in this channel. Please delete it yourself.",
                    answer.path("content").asText());
        }
    }
}
