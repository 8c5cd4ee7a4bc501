package dev.watchparty.wrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.MessageCommandRequest;
import dev.watchparty.command.MessageCommandResponse;
import dev.watchparty.command.ModalRequest;
import dev.watchparty.command.Place;
import dev.watchparty.command.TargetMessage;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.reply.DiscordLimits;
import dev.watchparty.reply.FileCopy;
import dev.watchparty.reply.Modal;
import dev.watchparty.reply.RecordingMessenger;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** "Spoiler-wrap" through the real router, on the small test pack (S1E1 "Dough", S1E2 untitled, S1E3 "Crust"). */
class SpoilerWrapCommandTest {

    private static final Invoker ANA = new Invoker("ana", "Ana");
    private static final Invoker BEN = new Invoker("ben", "Ben");
    private static final Place CHANNEL = Place.serverChannel("guild", "c1", Set.of());
    private static final Place AS_MODERATOR =
            Place.serverChannel("guild", "c1", EnumSet.of(Place.Power.MANAGE_MESSAGES));
    private static final TargetMessage ANAS_MESSAGE = new TargetMessage(
            "m-1",
            ANA,
            "**Ben** quits || for good <@123> @everyone",
            List.of(new TargetMessage.File("cake.png", "https://cdn.example/cake.png")));

    private final RecordingMessenger channel = new RecordingMessenger();
    private final TestCore test = TestCore.forPack(TestPacks.mini(), channel);

    @AfterEach
    void close() {
        test.close();
    }

    private MessageCommandResponse wrap(Invoker who, Place where, TargetMessage message) {
        return test.router().messageCommand(new MessageCommandRequest(SpoilerWrapCommand.NAME, message, who, where));
    }

    private Reply answer(Invoker who, Modal modal, String episode) {
        return test.router()
                .modal(new ModalRequest(modal.customId(), Map.of(SpoilerWrapCommand.EPISODE, episode), who, CHANNEL));
    }

    @Test
    @DisplayName(
            "GIVEN a member's own message WHEN they wrap it as episode 2 THEN it is reposted escaped, tagged whole and labelled, its file as a spoiler, and the original removed")
    void wrapsOwnMessage() {
        Modal asked = wrap(ANA, CHANNEL, ANAS_MESSAGE).modal();

        Reply done = answer(ANA, asked, "2");

        RecordingMessenger.Reposted repost = channel.reposted().get(0);
        assertEquals("c1", repost.channelId());
        assertEquals(
                "S1E2 spoiler from \\@Ana: ||\\*\\*Ben\\*\\* quits \\|\\| for good \\<\\@123\\> \\@everyone||",
                repost.content());
        assertEquals(List.of(new FileCopy("https://cdn.example/cake.png", "SPOILER_cake.png")), repost.files());
        assertEquals(List.of("m-1"), channel.removed());
        assertTrue(done.ephemeral());
        assertEquals(
                "Done: I reposted it under spoiler tags, labelled S1E2, and removed the original.", done.content());
    }

    @Test
    @DisplayName(
            "GIVEN the episode question WHEN shown THEN it names no episode, since a modal shows no spoiler tags, and it is one line to fill in")
    void theQuestionSpoilsNothing() {
        Modal asked = wrap(ANA, CHANNEL, ANAS_MESSAGE).modal();

        String shown = asked.title() + " " + asked.inputs().get(0).label() + " "
                + asked.inputs().get(0).placeholder();
        assertFalse(shown.contains("Dough") || shown.contains("Crust"), shown);
        assertEquals(1, asked.inputs().size());
        assertTrue(channel.reposted().isEmpty(), "nothing is posted before the episode is known");
    }

    @Test
    @DisplayName(
            "GIVEN someone else's message WHEN a member without Manage Messages wraps it THEN it is refused; with Manage Messages it is asked")
    void othersMessagesNeedManageMessages() {
        MessageCommandResponse refused = wrap(BEN, CHANNEL, ANAS_MESSAGE);

        assertNull(refused.modal());
        assertEquals(
                "You can wrap your own messages. Wrapping someone else's needs the Manage Messages permission in this "
                        + "channel.",
                refused.reply().content());
        Modal asked = wrap(BEN, AS_MODERATOR, ANAS_MESSAGE).modal();
        answer(BEN, asked, "S1E1");
        assertTrue(
                channel.reposted().get(0).content().startsWith("S1E1 spoiler from \\@Ana: ||"), "the author, not Ben");
    }

    @Test
    @DisplayName(
            "GIVEN a channel where the bot may not remove messages WHEN a message is wrapped THEN it is reposted, and the member is told to remove the original")
    void saysWhenItCannotRemove() {
        channel.removals(ChannelMessenger.Removal.NOT_ALLOWED);

        Reply done = answer(ANA, wrap(ANA, CHANNEL, ANAS_MESSAGE).modal(), "3");

        assertEquals(1, channel.reposted().size());
        assertEquals(List.of(), channel.removed());
        assertEquals(
                "I reposted it under spoiler tags, labelled S1E3, but I couldn't remove the original: I need the "
                        + "Manage Messages permission in this channel. Please delete it yourself.",
                done.content());
    }

    @Test
    @DisplayName(
            "GIVEN an episode the show does not have, or a title only guessed at WHEN typed THEN it is refused quoting it, and nothing is posted or removed")
    void episodeIsReadExactly() {
        Modal asked = wrap(ANA, CHANNEL, ANAS_MESSAGE).modal();

        Reply refused = answer(ANA, asked, "9");

        assertTrue(refused.content().contains("“9” is not an episode of Mini Show"), refused.content());
        assertTrue(channel.reposted().isEmpty());
        assertTrue(channel.removed().isEmpty());
        assertTrue(answer(ANA, asked, "crusty bread").content().startsWith("I didn't change anything"));
        assertEquals(
                "Done: I reposted it under spoiler tags, labelled S1E3, and removed the original.",
                answer(ANA, asked, "crust").content(),
                "the same question may be answered again, rightly");
    }

    @Test
    @DisplayName(
            "GIVEN the episode question WHEN answered after 15 minutes, or by someone else THEN the wrap has expired and nothing is posted")
    void questionExpires() {
        Modal asked = wrap(ANA, CHANNEL, ANAS_MESSAGE).modal();

        assertEquals(
                "That wrap has expired: use Spoiler-wrap on the message again.",
                answer(BEN, asked, "2").content());
        test.time().advance(SpoilerWrapCommand.WAITS_FOR.plus(Duration.ofSeconds(1)));
        assertEquals(
                "That wrap has expired: use Spoiler-wrap on the message again.",
                answer(ANA, asked, "2").content());
        assertTrue(channel.reposted().isEmpty());
    }

    @Test
    @DisplayName(
            "GIVEN Discord refusing the repost WHEN a message is wrapped THEN the original is left alone, saying so")
    void failedRepostKeepsTheOriginal() {
        channel.failReposts();

        Reply refused = answer(ANA, wrap(ANA, CHANNEL, ANAS_MESSAGE).modal(), "2");

        assertTrue(channel.removed().isEmpty());
        assertEquals(
                "I couldn't repost it (its files may be too large for me to send again), so I left the original "
                        + "where it is.",
                refused.content());
    }

    @Test
    @DisplayName(
            "GIVEN a message longer than one Discord message once escaped WHEN wrapped THEN it is reposted in pieces, each within the limit and tagged on its own")
    void longMessageIsSplitWithClosedTags() {
        String text = "|| a*b ".repeat(400).strip();

        answer(
                ANA,
                wrap(ANA, CHANNEL, new TargetMessage("m-2", ANA, text, List.of()))
                        .modal(),
                "1");

        List<RecordingMessenger.Reposted> pieces = channel.reposted();
        assertTrue(pieces.size() > 1, "one message cannot hold it");
        for (RecordingMessenger.Reposted piece : pieces) {
            assertTrue(
                    piece.content().length() <= DiscordLimits.CONTENT,
                    piece.content().length() + " characters");
            piece.content().lines().forEach(block -> {
                assertTrue(block.startsWith("S1E1 spoiler from \\@Ana ("), block);
                assertEquals(2, tagMarks(block), "each block's tag opens and closes in it: " + block);
            });
        }
    }

    /** The {@code ||} that open or close a tag: those not escaped. */
    private static int tagMarks(String content) {
        return content.replace("\\|", "").split("\\|\\|", -1).length - 1;
    }

    @Test
    @DisplayName(
            "GIVEN a message of files alone, one of no text or files, and a message in a DM WHEN wrapped THEN the files are reposted under the label, the others are refused")
    void filesAloneAndNothingToWrap() {
        TargetMessage picture =
                new TargetMessage("m-3", ANA, " ", List.of(new TargetMessage.File("SPOILER_x.gif", "https://cdn/x")));
        answer(ANA, wrap(ANA, CHANNEL, picture).modal(), "1");
        assertEquals("S1E1 spoiler from \\@Ana:", channel.reposted().get(0).content());
        assertEquals("SPOILER_x.gif", channel.reposted().get(0).files().get(0).fileName(), "never SPOILER_SPOILER_");

        assertEquals(
                "That message has no text or files I can wrap.",
                wrap(ANA, CHANNEL, new TargetMessage("m-4", ANA, "", List.of()))
                        .reply()
                        .content());
        assertEquals(
                "Spoiler-wrap works on messages in server channels.",
                wrap(ANA, new Place(null, "dm", false, Set.of()), ANAS_MESSAGE)
                        .reply()
                        .content());
    }

    @Test
    @DisplayName(
            "GIVEN a member whose Discord is in Spanish, in an English server WHEN they wrap their message THEN the form and what they are told are Spanish, and the repost the channel keeps is labelled in the server's English")
    void spanish() {
        Invoker ana = new Invoker("ana", "Ana", Locale.forLanguageTag("es-ES"));
        Modal asked = wrap(ana, CHANNEL, ANAS_MESSAGE).modal();

        assertEquals("Ocultar un mensaje como spoiler", asked.title());
        assertEquals("¿Qué episodio destripa?", asked.inputs().get(0).label());
        Reply done = answer(ana, asked, "2");
        assertTrue(
                channel.reposted().get(0).content().startsWith("S1E2 spoiler from \\@Ana: ||"),
                channel.reposted().get(0).content());
        assertEquals(
                "Hecho: lo he vuelto a publicar bajo etiquetas de spoiler, indicando S1E2, y he borrado el original.",
                done.content());
    }

    @Test
    @DisplayName(
            "GIVEN every language WHEN the form is shown THEN its title and label fit Discord's 45 characters (the modal refuses more)")
    void theFormFitsInEveryLanguage() {
        for (Locale language : Texts.LANGUAGES) {
            Invoker ana = new Invoker("ana", "Ana", language);
            Modal asked = wrap(ana, CHANNEL, ANAS_MESSAGE).modal();
            assertTrue(asked.title().length() <= DiscordLimits.MODAL_TITLE, language + ": " + asked.title());
        }
    }
}
