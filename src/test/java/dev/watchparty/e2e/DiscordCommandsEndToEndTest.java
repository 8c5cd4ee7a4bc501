package dev.watchparty.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.watchparty.discord.fake.ComponentCall;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.MessageView;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.SpoilerTags;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot's commands through the real JDA against the fake Discord: what goes back on the callback route (type,
 * content and embeds or Components V2, components, the ephemeral flag, allowed mentions) for every command and
 * the hard cases.
 */
class DiscordCommandsEndToEndTest {

    private static final int EPHEMERAL = 64;
    private static final long ALICE = 300_000_000_000_000_101L;
    private static final long BOB = 300_000_000_000_000_102L;
    private static final long CAROL = 300_000_000_000_000_103L;
    private static final long DAVE = 300_000_000_000_000_104L;
    private static final long EVE = 300_000_000_000_000_105L;
    private static final long FRANCISCA = 300_000_000_000_000_106L;
    /** Discord's locale of a client set to Spanish (Spain). */
    private static final String SPANISH = "es-ES";
    /** A tag labelled with the episode it spoils, as opposed to a content-warning tag. */
    private static final java.util.regex.Pattern EPISODE_TAG =
            java.util.regex.Pattern.compile("S\\d+E\\d+( \\(\\d+/\\d+\\))?( · CW[^:]*)?: \\|\\|");

    @TempDir
    static Path folder;

    private static FakeDiscord discord;
    private static BotOnFakeDiscord bot;

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

    private static boolean ephemeral(JsonNode callback) {
        return (callback.path("data").path("flags").asInt() & EPHEMERAL) != 0;
    }

    /** Every text a reply shows, whatever its kind: content, embeds, text displays, labels. */
    private static String text(JsonNode callback) {
        return MessageView.ofCallback(callback).text();
    }

    private static boolean componentsV2(JsonNode callback) {
        return MessageView.ofCallback(callback).componentsV2();
    }

    private static void assertNoMentionsAllowed(JsonNode callback) {
        JsonNode mentions = callback.path("data").path("allowed_mentions");
        assertTrue(
                mentions.path("parse").isArray() && mentions.path("parse").isEmpty(),
                () -> "mentions allowed: " + mentions);
        assertTrue(
                mentions.path("users").isEmpty() && mentions.path("roles").isEmpty(),
                () -> "mentions allowed: " + mentions);
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    @Test
    @DisplayName(
            "GIVEN the bot logs in WHEN it registers THEN every command is there, usable in servers, DMs and as a user app")
    void registersCommands() {
        JsonNode commands = discord.awaitRegisteredCommands(BotOnFakeDiscord.WAIT);
        Set<String> names = new java.util.HashSet<>();
        commands.forEach(command -> names.add(command.path("name").asText()));
        assertEquals(
                Set.of(
                        "show",
                        "character",
                        "recap",
                        "progress",
                        "settings",
                        "trivia",
                        "party",
                        "spoilers",
                        "Spoiler-wrap",
                        "help",
                        "admin"),
                names);
        JsonNode character = StreamSupport.stream(commands.spliterator(), false)
                .filter(command -> command.path("name").asText().equals("character"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("0", "1"), texts(character.path("integration_types")), "guild and user installs");
        assertEquals(List.of("0", "1", "2"), texts(character.path("contexts")), "servers, bot DMs, group DMs");
        assertTrue(character.path("options").get(0).path("autocomplete").asBoolean());
        JsonNode spoilers = StreamSupport.stream(commands.spliterator(), false)
                .filter(command -> command.path("name").asText().equals("spoilers"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                Long.toString(1L << 4),
                spoilers.path("default_member_permissions").asText(),
                "Manage Channels");
    }

    /** One of the commands, subcommands or options in {@code array} (registered commands, or a command's options). */
    private static JsonNode named(JsonNode array, String name) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> node.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + array));
    }

    private static String spanishName(JsonNode command) {
        return command.path("name_localizations").path(SPANISH).asText();
    }

    @Test
    @DisplayName(
            "GIVEN a user whose Discord is in Spanish WHEN the bot has registered its commands THEN Discord has their Spanish names, of subcommands and options too")
    void registersSpanishNames() {
        JsonNode commands = discord.awaitRegisteredCommands(BotOnFakeDiscord.WAIT);

        JsonNode progress = named(commands, "progress");
        assertEquals("progreso", spanishName(progress));
        assertEquals(
                "progreso",
                progress.path("name_localizations").path("es-419").asText(),
                "Latin American Spanish reads the same names");
        JsonNode set = named(progress.path("options"), "set");
        assertEquals("marcar", spanishName(set));
        assertEquals("episodio", spanishName(named(set.path("options"), "episode")));
        assertEquals(
                "Marca el último episodio que has visto",
                set.path("description_localizations").path(SPANISH).asText());
        assertEquals("personaje", spanishName(named(commands, "character")));
        assertEquals("Ocultar spoiler", spanishName(named(commands, "Spoiler-wrap")));
    }

    @Test
    @DisplayName(
            "GIVEN a user whose Discord is in Spanish WHEN they set their progress, then give an episode the show does not have, then ask for help THEN each answer is Spanish")
    void answersInSpanish() {
        JsonNode saved = bot.call(SlashCommandCall.of("progress")
                .subcommand("set")
                .user(FRANCISCA, "francisca")
                .locale(SPANISH)
                .option("episode", "S1E2"));
        assertTrue(ephemeral(saved));
        assertEquals(
                "Guardado: has visto Tiny Pretty Things hasta S1E2 · Range of Motion. Todo lo posterior lo mantendré "
                        + "bajo etiquetas de spoiler o fuera de la vista.",
                saved.path("data").path("content").asText());

        JsonNode refused = bot.call(SlashCommandCall.of("progress")
                .subcommand("set")
                .user(FRANCISCA, "francisca")
                .locale(SPANISH)
                .option("episode", "S1E99"));
        assertTrue(ephemeral(refused));
        assertEquals(
                "No he cambiado nada: “S1E99” no es un episodio de Tiny Pretty Things, que tiene 10 episodios, de S1E1 "
                        + "a S1E10. Escribe un código como S1E3, un número como 3, 1x03 o un título, o none si no has "
                        + "visto nada; o elige una de las sugerencias.",
                refused.path("data").path("content").asText());

        String help = text(bot.call(
                SlashCommandCall.of("help").user(FRANCISCA, "francisca").locale(SPANISH)));
        assertTrue(help.contains("`/progreso marcar episodio:`: Marca el último episodio que has visto"), help);
        assertTrue(help.contains("Dime por dónde vas con /progreso marcar"), help);
    }

    @Test
    @DisplayName(
            "GIVEN a viewer who watched nothing WHEN /character is used in a channel THEN the bio is public, plain to the premise, with later facts only counted")
    void characterPublicAtPremise() {
        JsonNode callback =
                bot.call(SlashCommandCall.of("character").user(DAVE, "dave").option("name", "june"));
        assertEquals(4, callback.path("type").asInt(), "CHANNEL_MESSAGE_WITH_SOURCE");
        assertFalse(ephemeral(callback));
        assertTrue(componentsV2(callback), "a bio is a Components V2 message");
        assertNoMentionsAllowed(callback);
        String text = text(callback);
        assertTrue(text.contains("June Park"), text);
        assertFalse(
                EPISODE_TAG.matcher(text).find(),
                "no episode is tagged: the requester has watched nothing, so later facts are hidden: " + text);
        assertTrue(text.contains("later facts hidden (you have not started watching)"), text);
    }

    @Test
    @DisplayName(
            "GIVEN a viewer who watched nothing in a channel at the premise WHEN they post /recap of episode 7 THEN it is answered privately, with why, and nothing is posted")
    void recapPastEveryoneIsPrivate() {
        JsonNode callback = bot.call(SlashCommandCall.of("recap")
                .user(DAVE, "dave")
                .option("episode", "7")
                .option("public", true));
        assertTrue(ephemeral(callback), "only the requester sees it");
        String text = text(callback);
        assertTrue(
                text.startsWith("I've answered you privately: this is S1E7, past both this channel (premise) and "
                        + "your progress (nothing watched yet)."),
                text);
        assertTrue(text.contains("S1E7: ||"), "the episode's own lines are revealed to them, tagged: " + text);
        assertFalse(SpoilerTags.outsideTags(text).contains("Catch & Release"), "its title only under a tag: " + text);
    }

    @Test
    @DisplayName(
            "GIVEN progress at S1E5 WHEN /character is public, then asked with reveal THEN public tags what the channel hasn't seen; reveal is private")
    void ephemeralAgainstPublic() {
        JsonNode saved = bot.call(SlashCommandCall.of("progress")
                .subcommand("set")
                .user(BOB, "bob")
                .option("episode", "S1E5"));
        assertTrue(ephemeral(saved));
        assertTrue(saved.path("data")
                .path("content")
                .asText()
                .startsWith("Saved: you have watched Tiny Pretty Things through S1E5"));

        JsonNode publicBio =
                bot.call(SlashCommandCall.of("character").user(BOB, "bob").option("name", "bette"));
        assertFalse(ephemeral(publicBio));
        assertFalse(
                MessageView.ofCallback(publicBio)
                        .containers()
                        .get(0)
                        .path("spoiler")
                        .asBoolean(),
                "a public bio is never hidden behind a spoiler as a whole");
        String text = text(publicBio);
        assertTrue(text.contains("S1E2: ||"), "facts the channel hasn't seen are tagged with their episode: " + text);
        assertFalse(text.contains("S1E9: ||"), "facts past the requester's progress are not shown even tagged");

        JsonNode revealed = bot.call(SlashCommandCall.of("character")
                .user(BOB, "bob")
                .option("name", "bette")
                .option("reveal", true));
        assertTrue(ephemeral(revealed));
        assertTrue(
                MessageView.ofCallback(revealed)
                        .containers()
                        .get(0)
                        .path("spoiler")
                        .asBoolean(),
                "the reveal's container is behind a spoiler too");
        assertTrue(text(revealed).contains("You asked to reveal"));
        assertTrue(text(revealed).contains("S1E10: ||"), "the reveal shows later facts, tagged");
    }

    @Test
    @DisplayName(
            "GIVEN a viewer typing WHEN autocomplete is asked THEN the choices come back on the callback, ranked and spoiler-free")
    void autocomplete() {
        JsonNode names = discord.sendAutocomplete(
                        SlashCommandCall.of("character").user(ALICE, "alice").focused("name", "nev"))
                .awaitCallback(BotOnFakeDiscord.WAIT);
        assertEquals(8, names.path("type").asInt(), "APPLICATION_COMMAND_AUTOCOMPLETE_RESULT");
        assertEquals(
                "neveah-stroyer",
                names.path("data").path("choices").get(0).path("value").asText());

        JsonNode episodes = discord.sendAutocomplete(
                        SlashCommandCall.of("recap").user(EVE, "eve").focused("episode", ""))
                .awaitCallback(BotOnFakeDiscord.WAIT);
        JsonNode choices = episodes.path("data").path("choices");
        assertEquals(10, choices.size());
        choices.forEach(choice -> assertEquals(
                choice.path("value").asText(),
                choice.path("name").asText(),
                "no title is offered to someone who has watched nothing"));
    }

    @Test
    @DisplayName("GIVEN a long bio WHEN the next-page button is clicked THEN the message is updated in place to page 2")
    void pageButton() {
        Interaction bio = bot.send(SlashCommandCall.of("character")
                .user(BOB, "bob")
                .option("name", "neveah")
                .option("reveal", true));
        JsonNode first = bio.awaitCallback(BotOnFakeDiscord.WAIT);
        List<String> buttons = MessageView.ofCallback(first).customIds();
        assertEquals(2, buttons.size(), "previous and next");
        assertTrue(text(first).contains("Page 1/"), text(first));
        JsonNode turned = discord.sendComponent(
                        ComponentCall.button(buttons.get(1)).user(BOB, "bob").onMessage(bio.responseMessage()))
                .awaitCallback(BotOnFakeDiscord.WAIT);
        assertEquals(7, turned.path("type").asInt(), "UPDATE_MESSAGE");
        assertTrue(componentsV2(first) && componentsV2(turned), "a page turn keeps the message Components V2");
        assertTrue(text(turned).contains("Page 2/"), text(turned));
        assertNoMentionsAllowed(turned);
    }

    @Test
    @DisplayName(
            "GIVEN a bio posted as an embed before replies moved to Components V2 WHEN its next-page button is clicked THEN the message becomes page 2 in Components V2, its embed cleared")
    void pageTurnOnAClassicMessage() {
        Interaction bio = bot.send(SlashCommandCall.of("character")
                .user(BOB, "bob")
                .option("name", "neveah")
                .option("reveal", true));
        bio.awaitCallback(BotOnFakeDiscord.WAIT);
        ObjectNode classic = (ObjectNode) bio.responseMessage();
        List<String> pageIds = MessageView.of(classic).customIds();
        classic.put("flags", EPHEMERAL);
        classic.putArray("embeds")
                .addObject()
                .put("type", "rich")
                .put("title", "Neveah Stroyer")
                .put("description", "Page 1, as it was posted");
        ArrayNode buttons = classic.putArray("components")
                .addObject()
                .put("type", 1)
                .put("id", 1)
                .putArray("components");
        for (int i = 0; i < pageIds.size(); i++) {
            buttons.addObject()
                    .put("type", 2)
                    .put("id", 2 + i)
                    .put("style", 2)
                    .put("label", i == 0 ? "◀ Previous" : "Next ▶")
                    .put("custom_id", pageIds.get(i))
                    .put("disabled", i == 0);
        }

        Interaction click = discord.sendComponent(
                ComponentCall.button(pageIds.get(1)).user(BOB, "bob").onMessage(classic));

        JsonNode turned = click.awaitCallback(BotOnFakeDiscord.WAIT);
        assertEquals(7, turned.path("type").asInt(), "UPDATE_MESSAGE");
        assertTrue(text(turned).contains("Page 2/"), text(turned));
        JsonNode now = click.responseMessage();
        assertTrue(MessageView.of(now).componentsV2(), now::toString);
        assertTrue(now.path("embeds").isEmpty() && now.path("content").asText().isEmpty(), now::toString);
    }

    @Test
    @DisplayName(
            "GIVEN /recap of an episode WHEN asked privately THEN it is ephemeral and tags the episode's own lines")
    void recap() {
        JsonNode recap =
                bot.call(SlashCommandCall.of("recap").user(CAROL, "carol").option("episode", "class act"));
        assertTrue(ephemeral(recap));
        assertTrue(componentsV2(recap));
        String text = text(recap);
        assertTrue(text.contains("Tiny Pretty Things · S1E3"), text);
        assertTrue(text.contains("S1E3: ||"), "an unwatched episode's lines are under spoiler tags");
        assertTrue(text.contains("You haven't marked this episode as watched"), text);
    }

    @Test
    @DisplayName("GIVEN bad input WHEN sent THEN each gets a private, friendly, escaped answer that mentions no one")
    void badInput() {
        JsonNode unknown =
                bot.call(SlashCommandCall.of("character").user(ALICE, "alice").option("name", "Nobody Atall"));
        assertTrue(ephemeral(unknown));
        assertTrue(text(unknown).contains("I found no character called “Nobody Atall”"), text(unknown));

        JsonNode huge =
                bot.call(SlashCommandCall.of("recap").user(ALICE, "alice").option("episode", "x".repeat(6000)));
        assertTrue(ephemeral(huge));
        assertTrue(huge.path("data").path("content").asText().length() <= 2000);

        JsonNode everyone =
                bot.call(SlashCommandCall.of("character").user(ALICE, "alice").option("name", "@everyone <@&1>"));
        assertTrue(text(everyone).contains("\\@everyone \\<\\@&1\\>"), text(everyone));
        assertNoMentionsAllowed(everyone);

        JsonNode stale = discord.sendButtonClick("recap:page:nonsense").awaitCallback(BotOnFakeDiscord.WAIT);
        assertTrue(ephemeral(stale));
        assertEquals(
                "This button no longer does anything.",
                stale.path("data").path("content").asText());
    }

    @Test
    @DisplayName("GIVEN /show, /help, /progress show and clear WHEN used THEN each answers as documented")
    void otherCommands() {
        JsonNode show = bot.call(SlashCommandCall.of("show").user(ALICE, "alice"));
        assertFalse(ephemeral(show));
        assertTrue(componentsV2(show), "the show card is a Components V2 message");
        assertTrue(
                Markdown.unescape(text(show)).contains("Netflix, 2020, rated TV-MA. 1 season, 10 episodes."),
                text(show));
        JsonNode help = bot.call(SlashCommandCall.of("help").user(ALICE, "alice"));
        assertTrue(ephemeral(help));
        assertEquals(1, help.path("data").path("embeds").size(), "help stays an embed");
        bot.call(SlashCommandCall.of("progress")
                .subcommand("set")
                .user(ALICE, "alice")
                .option("episode", "2"));
        assertTrue(
                text(bot.call(SlashCommandCall.of("progress").subcommand("show").user(ALICE, "alice")))
                        .contains("through S1E2 · Range of Motion"));
        bot.call(SlashCommandCall.of("progress").subcommand("clear").user(ALICE, "alice"));
        assertTrue(
                text(bot.call(SlashCommandCall.of("progress").subcommand("show").user(ALICE, "alice")))
                        .contains("haven't marked any episode"));
    }

    @Test
    @DisplayName(
            "GIVEN a moderator WHEN they raise the channel's level THEN public bios there show facts up to it plain")
    void channelLevel() {
        JsonNode refused = bot.call(SlashCommandCall.of("spoilers")
                .subcommand("channel")
                .user(ALICE, "alice")
                .option("level", "S1E3"));
        assertTrue(ephemeral(refused), "a member without Manage Channels is refused");
        JsonNode set = bot.call(SlashCommandCall.of("spoilers")
                .subcommand("channel")
                .user(BOB, "bob")
                .roles(discord.guild().moderatorRoleId())
                .option("level", "S1E3"));
        assertFalse(ephemeral(set), text(set));
        bot.call(SlashCommandCall.of("progress")
                .subcommand("set")
                .user(ALICE, "alice")
                .option("episode", "S1E3"));
        String bio = text(
                bot.call(SlashCommandCall.of("character").user(ALICE, "alice").option("name", "june")));
        assertFalse(bio.contains("S1E3: ||"), "S1E3 facts are plain in a channel at S1E3: " + bio);
        bot.call(SlashCommandCall.of("spoilers")
                .subcommand("channel")
                .user(BOB, "bob")
                .roles(discord.guild().moderatorRoleId())
                .option("level", "premise"));
    }

    @Test
    @DisplayName(
            "GIVEN the gateway drops WHEN JDA reconnects THEN it resumes the session and the next command is answered")
    void gatewayDropAndResume() {
        discord.dropConnection();
        discord.awaitResumed(BotOnFakeDiscord.WAIT);
        JsonNode after = bot.call(SlashCommandCall.of("show").user(ALICE, "alice"));
        assertEquals(4, after.path("type").asInt());
    }

    @Test
    @DisplayName(
            "GIVEN a 429 on the callback route WHEN the bot answers THEN JDA waits, retries, and the answer arrives")
    void rateLimitedCallback() {
        discord.respondNext("POST", "/interactions/\\d+/[^/]+/callback", 429, 0.2);
        JsonNode callback = bot.call(SlashCommandCall.of("help").user(ALICE, "alice"));
        assertEquals(4, callback.path("type").asInt());
        long rateLimited = discord.requests().stream()
                .filter(request -> request.is("POST", "/interactions/\\d+/[^/]+/callback"))
                .count();
        assertTrue(rateLimited >= 2, "the first try was refused, a retry got through");
    }
}
