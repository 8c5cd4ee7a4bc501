package dev.watchparty.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.BotCore;
import dev.watchparty.Stores;
import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.ComponentResponse;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.Place;
import dev.watchparty.command.ShardRange;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.Button;
import dev.watchparty.reply.Field;
import dev.watchparty.reply.RecordingMessenger;
import dev.watchparty.reply.Reply;
import dev.watchparty.schedule.ManualScheduler;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.storage.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watch parties through the real router, on the small test pack (three episodes). */
class PartyCommandTest {

    private static final Invoker HOST = new Invoker("host", "Hana");
    private static final Invoker GUEST = new Invoker("guest", "Gus");
    private static final Invoker LATE = new Invoker("late", "Lena");
    private static final Place CHANNEL = Place.serverChannel("guild", "c1", Set.of());
    private static final Place CHANNEL_AS_EVENT_MANAGER =
            Place.serverChannel("guild", "c1", EnumSet.of(Place.Power.MANAGE_EVENTS));
    /** The same channel, in a server whose language is German. */
    private static final Place GERMAN_CHANNEL = new Place("guild", "c1", true, Set.of(), Locale.GERMAN);
    /** A member whose Discord is in Brazilian Portuguese. */
    private static final Invoker BIA = new Invoker("bia", "Bia", Locale.forLanguageTag("pt-BR"));

    private TestCore test;

    @BeforeEach
    void setUp() {
        test = TestCore.forPack(TestPacks.mini());
    }

    @AfterEach
    void tearDown() {
        test.close();
    }

    private Reply party(Invoker who, Place where, String subcommand, Map<String, Object> options) {
        return test.router().execute(new CommandRequest("party", subcommand, options, who, where));
    }

    private Reply command(Invoker who, String name, Map<String, Object> options) {
        return test.router().execute(new CommandRequest(name, null, options, who, CHANNEL));
    }

    private ComponentResponse click(Invoker who, String customId, List<String> selected) {
        return test.router().component(new ComponentRequest(customId, selected, who, CHANNEL));
    }

    private Progress progressOf(Invoker who) {
        return test.stores().progress().progressOf(who.userId(), "mini");
    }

    private static String buttonId(Reply reply, String action) {
        return reply.buttons().stream()
                .map(Button::customId)
                .filter(id -> id.startsWith("party:" + action + ":"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName(
            "GIVEN a party WHEN someone who is not host, co-host or event manager moves it THEN it is refused politely")
    void permissions() {
        party(HOST, CHANNEL, "start", Map.of());
        Reply refused = party(GUEST, CHANNEL, "next", Map.of());
        assertTrue(refused.ephemeral());
        assertEquals("Only the host, a co-host, or a member who can manage events can do that.", refused.content());
        assertFalse(party(GUEST, CHANNEL_AS_EVENT_MANAGER, "next", Map.of()).ephemeral(), "Manage Events may");
        party(HOST, CHANNEL, "cohost", Map.of("user", GUEST));
        assertFalse(party(GUEST, CHANNEL, "next", Map.of()).ephemeral(), "a co-host may");
        assertTrue(party(GUEST, CHANNEL, "start", Map.of()).content().contains("already running"), "one per channel");
    }

    @Test
    @DisplayName("GIVEN a party with a co-host WHEN anyone reads its status THEN the co-host is named on it")
    void cohostShowsOnTheStatus() {
        party(HOST, CHANNEL, "start", Map.of());

        Reply named = party(HOST, CHANNEL, "cohost", Map.of("user", new Invoker("co", "**Cora** @everyone")));
        Reply status = party(LATE, CHANNEL, "status", Map.of());

        assertEquals("Done: \\*\\*Cora\\*\\* \\@everyone can now run the party too.", named.content());
        Field cohosts = status.card().fields().stream()
                .filter(field -> field.name().equals("Co-host"))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError("no co-host on " + status.card().fields()));
        assertEquals("\\*\\*Cora\\*\\* \\@everyone", cohosts.value(), "escaped, never a mention");
    }

    @Test
    @DisplayName(
            "GIVEN the host WHEN they read their party's status or press Join on its card THEN they are not asked to join their own party")
    void hostIsNotAskedToJoin() {
        Reply card = party(HOST, CHANNEL, "start", Map.of());
        assertTrue(
                card.card().description().contains("Not in the party yet? Press **Join**"), "an invitation to others");

        Reply status = party(HOST, CHANNEL, "status", Map.of());
        Reply pressedJoin = click(HOST, buttonId(card, "join"), List.of()).reply();

        assertFalse(status.card().description().contains("Join"), status.card().description());
        assertTrue(
                status.card().description().contains("You host this party"),
                status.card().description());
        assertTrue(status.buttons().stream().noneMatch(button -> button.label().equals("Join")));
        assertTrue(status.buttons().stream().noneMatch(button -> button.label().equals("Leave")), "a host cannot");
        assertEquals("You host this party, so you're in it already.", pressedJoin.content());
        assertTrue(pressedJoin.optionalMenu().isEmpty(), "no question of how far they have watched");
        Reply stranger = party(GUEST, CHANNEL, "status", Map.of());
        assertTrue(stranger.card().description().contains("Press **Join**"), "others are still invited");
        assertEquals(
                List.of("Join"), stranger.buttons().stream().map(Button::label).toList());
    }

    @Test
    @DisplayName("GIVEN a party WHEN it moves to the next episode THEN public replies in its channel follow its level")
    void channelLevelFollowsParty() {
        party(HOST, CHANNEL, "start", Map.of());
        test.stores().progress().save(GUEST.userId(), "mini", Progress.through(SpoilerLevel.episode(1, 3)));
        Reply before = command(GUEST, "character", Map.of("name", "ana"));
        assertTrue(
                before.card().fields().stream()
                        .anyMatch(f -> f.value().contains("S1E1: ||She burns the first loaf.||")),
                "before the party finishes S1E1, its facts are tagged");
        party(HOST, CHANNEL, "next", Map.of());
        assertEquals(SpoilerLevel.episode(1, 1), test.core().channelLevels().levelOf("c1", "mini"));
        Reply after = command(GUEST, "character", Map.of("name", "ana"));
        assertTrue(
                after.card().fields().stream()
                        .flatMap(f -> f.value().lines())
                        .anyMatch(line -> line.equals("She burns the first loaf.")),
                "after it, they are plain");
        assertTrue(
                after.card().fields().stream().anyMatch(f -> f.value().contains("S1E3: ||She sells the bakery.||")),
                "and later ones stay tagged");
        party(HOST, CHANNEL, "end", Map.of());
        assertEquals(SpoilerLevel.PREMISE, test.core().channelLevels().levelOf("c1", "mini"), "the level goes back");
    }

    @Test
    @DisplayName(
            "GIVEN members who follow and one who opted out WHEN the party moves on THEN only followers' progress moves, and never back")
    void progressFollowsWithOptOut() {
        Reply card = party(HOST, CHANNEL, "start", Map.of());
        click(GUEST, buttonId(card, "join"), List.of());
        click(LATE, buttonId(card, "join"), List.of());
        assertEquals(
                "Your progress no longer follows the party; set it yourself with /progress set.",
                click(LATE, buttonId(card, "follow"), List.of()).reply().content());
        test.stores().progress().save(HOST.userId(), "mini", Progress.through(SpoilerLevel.episode(1, 3)));
        party(HOST, CHANNEL, "next", Map.of());
        party(HOST, CHANNEL, "next", Map.of());
        assertEquals(Progress.through(SpoilerLevel.episode(1, 2)), progressOf(GUEST));
        assertEquals(Progress.NOTHING, progressOf(LATE), "opted out");
        assertEquals(Progress.through(SpoilerLevel.episode(1, 3)), progressOf(HOST), "never moved back");
    }

    @Test
    @DisplayName(
            "GIVEN a late joiner WHEN they join and pick how far they watched THEN the catch-up stops there and notes what is ahead")
    void lateJoinerCatchUp() {
        Reply card = party(HOST, CHANNEL, "start", Map.of());
        party(HOST, CHANNEL, "next", Map.of());
        party(HOST, CHANNEL, "next", Map.of());
        Reply question = click(LATE, buttonId(card, "join"), List.of()).reply();
        assertTrue(question.ephemeral());
        assertEquals(
                List.of("premise", "S1E1", "S1E2"),
                question.menu().options().stream().map(option -> option.value()).toList());
        assertTrue(question.menu().options().get(0).byDefault(), "default: their saved progress (nothing)");
        Reply catchUp = click(LATE, question.menu().customId(), List.of("S1E1")).reply();
        assertTrue(catchUp.ephemeral());
        String text = catchUp.card().description() + catchUp.card().fields();
        assertTrue(text.contains("Ana opens the shop."), "a reminder of S1E1");
        assertFalse(text.contains("Ben quits."), "nothing of S1E2, which they have not watched");
        assertTrue(text.contains("The party is 1 episode ahead of you (S1E2)"), text);
        assertEquals(Progress.through(SpoilerLevel.episode(1, 1)), progressOf(LATE), "what they said is saved");
    }

    @Test
    @DisplayName(
            "GIVEN the break between episodes WHEN the host moves on THEN the card tags the next title and offers a quiz on the last episode")
    void breakCard() {
        party(HOST, CHANNEL, "start", Map.of());
        Reply first = party(HOST, CHANNEL, "next", Map.of());
        assertTrue(
                first.card().description().contains("Up next: S1E2"),
                first.card().description());
        party(HOST, CHANNEL, "next", Map.of());
        Reply second = party(HOST, CHANNEL, "next", Map.of());
        assertTrue(second.card().fields().isEmpty(), "S1E3 has no recap lines to recall");
        assertTrue(
                second.card().description().contains("That was the last episode"),
                second.card().description());
        Reply pastTheEnd = party(HOST, CHANNEL, "next", Map.of());
        assertTrue(pastTheEnd.ephemeral());
    }

    @Test
    @DisplayName(
            "GIVEN a quiet party WHEN the idle limit passes with no activity THEN it ends itself and posts a summary")
    void idleEnd() {
        party(HOST, CHANNEL, "start", Map.of());
        test.time().advance(TestCore.PARTY_IDLE.minusMinutes(1));
        party(HOST, CHANNEL, "next", Map.of());
        test.time().advance(TestCore.PARTY_IDLE.minusMinutes(1));
        assertTrue(test.core().parties().partyIn("c1").isPresent(), "activity reset the idle clock");
        test.time().advance(Duration.ofMinutes(2));
        assertTrue(test.core().parties().partyIn("c1").isEmpty());
        RecordingMessenger.Sent summary = test.channel().last();
        assertTrue(summary.reply().card().title().startsWith("Party over"));
        assertTrue(summary.reply().card().description().contains("quiet spell"));
        assertEquals(0, test.time().pendingTasks(), "no timer left behind");
    }

    @Test
    @DisplayName(
            "GIVEN a party and a trivia round in it WHEN it ends THEN the summary lists episodes, members and trivia standings")
    void summary() {
        Reply card = party(HOST, CHANNEL, "start", Map.of());
        click(GUEST, buttonId(card, "join"), List.of());
        Reply quiz = party(HOST, CHANNEL, "next", Map.of());
        assertTrue(quiz.buttons().isEmpty(), "the mini pack has no S1E1 question, so no quiz is offered");
        test.time().advance(Duration.ofMinutes(95));
        Reply summary = party(HOST, CHANNEL, "end", Map.of());
        assertFalse(summary.ephemeral());
        String fields = summary.card().fields().toString();
        assertTrue(fields.contains("1 (through S1E1)"), fields);
        assertTrue(fields.contains("1 h 35 min"), fields);
        assertTrue(fields.contains("Hana, Gus"), fields);
    }

    @Test
    @DisplayName("GIVEN a running party WHEN the bot restarts THEN the party resumes where it was")
    void restartResumes(@TempDir Path folder) {
        Path file = folder.resolve("bot.db");
        ManualScheduler time = new ManualScheduler(TestCore.START);
        try (Database database = Database.open(file)) {
            BotCore core = core(database, time);
            Reply card = core.router()
                    .execute(new CommandRequest("party", "start", Map.of("name", "Friday"), HOST, CHANNEL));
            core.router().component(new ComponentRequest(buttonId(card, "join"), List.of(), GUEST, CHANNEL));
            core.router().execute(new CommandRequest("party", "next", Map.of(), HOST, CHANNEL));
            core.router().execute(new CommandRequest("party", "cohost", Map.of("user", GUEST), HOST, CHANNEL));
        }
        try (Database database = Database.open(file)) {
            BotCore core = core(database, time);
            core.resume(ShardRange.ALL);
            Party party = core.parties().partyIn("c1").orElseThrow();
            assertEquals("Friday", party.name());
            assertEquals(SpoilerLevel.episode(1, 1), party.finished());
            assertEquals(SpoilerLevel.episode(1, 2), party.upNext());
            assertEquals(List.of("host", "guest"), List.copyOf(party.members().keySet()));
            assertEquals(Map.of("guest", "Gus"), party.cohosts(), "the co-host keeps the name they were shown by");
            assertEquals(SpoilerLevel.episode(1, 1), core.channelLevels().levelOf("c1", "mini"));
            Reply next = core.router().execute(new CommandRequest("party", "next", Map.of(), GUEST, CHANNEL));
            assertFalse(next.ephemeral(), "the co-host still controls it");
        }
    }

    @Test
    @DisplayName(
            "GIVEN a host and a co-host WHEN both press /party next at the same instant THEN the party moves once, and the second is told it just moved")
    void twoHostsAtOnceMoveItOnce() throws Exception {
        party(HOST, CHANNEL, "start", Map.of());
        party(HOST, CHANNEL, "cohost", Map.of("user", GUEST));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reply>> replies = List.of(
                    two.submit(() -> {
                        together.await();
                        return party(HOST, CHANNEL, "next", Map.of());
                    }),
                    two.submit(() -> {
                        together.await();
                        return party(GUEST, CHANNEL, "next", Map.of());
                    }));
            List<Reply> answered = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get(10, TimeUnit.SECONDS));
            }
            assertEquals(
                    1, answered.stream().filter(reply -> !reply.ephemeral()).count(), "one break card");
            Reply refused =
                    answered.stream().filter(Reply::ephemeral).findFirst().orElseThrow();
            assertTrue(
                    refused.content().startsWith("The party just moved on (it has finished S1E1)"), refused.content());
        } finally {
            two.shutdownNow();
        }
        assertEquals(SpoilerLevel.episode(1, 1), test.core().channelLevels().levelOf("c1", "mini"), "moved once");
        assertEquals(Progress.through(SpoilerLevel.episode(1, 1)), progressOf(HOST), "the host's progress moved once");
        test.time().advance(PartyService.SETTLE);
        assertFalse(party(GUEST, CHANNEL, "next", Map.of()).ephemeral(), "a moment later, a next is a next again");
    }

    @Test
    @DisplayName(
            "GIVEN /party schedule WHEN its time comes THEN a server event was planned and the party opens by itself")
    void scheduledParty() {
        Reply scheduled = party(HOST, CHANNEL, "schedule", Map.of("when", "in 2h", "name", "Finale night"));
        assertTrue(scheduled.content().contains("Finale night"), scheduled.content());
        assertEquals(1, test.channel().events().size());
        assertEquals(
                TestCore.START.plus(Duration.ofHours(2)),
                test.channel().events().get(0).startsAt());
        test.time().advance(Duration.ofHours(2));
        assertTrue(test.core().parties().partyIn("c1").isPresent());
        assertTrue(test.channel().last().reply().card().description().contains("scheduled party is starting"));
        assertTrue(party(HOST, CHANNEL, "schedule", Map.of("when", "yesterday"))
                .content()
                .endsWith("which has passed: pick a time in the future."));
    }

    @Test
    @DisplayName(
            "GIVEN a scheduled party and two members interested in its server event WHEN it opens THEN they are on the roster, not following, and the card says so")
    void interestedMembersJoinWhenItOpens() {
        Reply scheduled = party(HOST, CHANNEL, "schedule", Map.of("when", "in 2h"));
        assertTrue(
                scheduled.content().contains("It's in the server's events: https://discord.com/events/guild/event-1"),
                scheduled.content());
        test.channel().markInterested("event-1", GUEST.userId(), GUEST.displayName());
        test.channel().markInterested("event-1", LATE.userId(), LATE.displayName());
        test.channel().markInterested("event-1", HOST.userId(), HOST.displayName());

        test.time().advance(Duration.ofHours(2));

        Party party = test.core().parties().partyIn("c1").orElseThrow();
        assertEquals(
                List.of("host", "guest", "late"), List.copyOf(party.members().keySet()));
        assertTrue(party.member("host").orElseThrow().followsProgress(), "the host follows, as always");
        assertFalse(party.member("guest").orElseThrow().followsProgress(), "an RSVP follows only if they choose to");
        Reply card = test.channel().last().reply();
        assertTrue(card.card().description().contains("2 members marked Interested in the server event"));
        assertTrue(
                card.card().fields().toString().contains("Members (3)"),
                card.card().fields().toString());

        assertEquals(
                "Your progress follows the party again: /party next moves it forward.",
                click(GUEST, buttonId(card, "follow"), List.of()).reply().content());
        party(HOST, CHANNEL, "next", Map.of());
        assertEquals(Progress.through(SpoilerLevel.episode(1, 1)), progressOf(GUEST), "followed once turned on");
        assertEquals(Progress.NOTHING, progressOf(LATE), "left as they were");
    }

    @Test
    @DisplayName(
            "GIVEN a host whose time zone is Europe/Berlin WHEN they schedule friday 8pm THEN the event starts at 20:00 Berlin time, shown as Discord timestamps")
    void scheduledInTheHostsZone() {
        test.stores().timeZones().setUserZone(HOST.userId(), ZoneId.of("Europe/Berlin"));
        Reply scheduled = party(HOST, CHANNEL, "schedule", Map.of("when", "friday 8pm"));

        Instant friday8pmBerlin = Instant.parse("2026-11-27T19:00:00Z"); // TestCore's clock: Sunday 22 November
        assertEquals(friday8pmBerlin, test.channel().events().get(0).startsAt());
        long epoch = friday8pmBerlin.getEpochSecond();
        assertTrue(scheduled.content().contains("<t:" + epoch + ":F> (<t:" + epoch + ":R>)"), scheduled.content());
        assertTrue(scheduled.content().contains("in your time zone, Europe/Berlin"), scheduled.content());
    }

    @Test
    @DisplayName(
            "GIVEN a member with no time zone in a server whose default is New York WHEN they schedule THEN the server's zone is used, and said")
    void scheduledInTheServersZone() {
        test.stores().timeZones().setServerZone("guild", ZoneId.of("America/New_York"), "mod");
        Reply scheduled = party(GUEST, CHANNEL, "schedule", Map.of("when", "tomorrow 20:30"));

        assertEquals(
                Instant.parse("2026-11-24T01:30:00Z"),
                test.channel().events().get(0).startsAt());
        assertTrue(scheduled.content().contains("this server's time zone, America/New\\_York"), scheduled.content());
    }

    @Test
    @DisplayName(
            "GIVEN /party schedule WHEN when: is being typed THEN the suggestions are times it takes, and the episode option still suggests episodes")
    void whenSuggestsTimes() {
        List<Choice> times = test.router()
                .autocomplete(new AutocompleteRequest("party", "schedule", "when", "in 2", Map.of(), HOST, CHANNEL));
        assertEquals(List.of("in 2 hours"), times.stream().map(Choice::value).toList(), "\"in 2\" is no moment yet");
        List<Choice> episodes = test.router()
                .autocomplete(new AutocompleteRequest("party", "schedule", "episode", "2", Map.of(), HOST, CHANNEL));
        assertEquals("S1E2", episodes.get(0).value());
    }

    @Test
    @DisplayName("GIVEN a DM WHEN a party is started THEN it is refused: parties live in server channels")
    void notInDirectMessages() {
        Reply reply = party(HOST, new Place(null, "dm", false, Set.of()), "start", Map.of());
        assertEquals("Watch parties happen in server channels: start one there.", reply.content());
    }

    @Test
    @DisplayName(
            "GIVEN a party started in a German server WHEN it posts, moves on and ends itself, and a Brazilian member uses it THEN what the channel reads is German and what she alone reads is Portuguese")
    void partyInTheServersLanguage() {
        Reply card = party(HOST, GERMAN_CHANNEL, "start", Map.of());

        assertEquals(
                "🍿 Hana hat eine Watchparty gestartet.\nNoch nicht in der Party? Drück auf **Beitreten**, um "
                        + "mitzuschauen: Ich bringe dich ohne Spoiler auf den neuesten Stand und halte öffentliche "
                        + "Antworten in diesem Kanal auf dem Stand der Party.",
                card.card().description());
        assertEquals("Watchparty · Mini Show", card.card().title());
        assertEquals(
                List.of("Stand", "Host", "Mitglieder (1)"),
                card.card().fields().stream().map(Field::name).toList());
        assertEquals(
                "fängt gerade an; als Nächstes S1E1.",
                card.card().fields().get(0).value());
        assertEquals(
                List.of("Beitreten", "Verlassen", "Fortschritt folgt der Party: an/aus"),
                card.buttons().stream().map(Button::label).toList());

        Reply welcome = test.router()
                .component(new ComponentRequest(buttonId(card, "join"), List.of(), BIA, GERMAN_CHANNEL))
                .reply();
        assertTrue(welcome.ephemeral());
        assertEquals(
                "Boas-vindas! A sessão ainda não terminou nenhum episódio. Até onde você já assistiu? Eu te atualizo "
                        + "até esse ponto.",
                welcome.content());
        assertEquals("Assisti até…", welcome.menu().placeholder());
        assertEquals("Nada ainda", welcome.menu().options().get(0).label());
        assertEquals(
                "Só o anfitrião, um coanfitrião ou um membro que pode gerenciar eventos pode fazer isso.",
                party(BIA, GERMAN_CHANNEL, "next", Map.of()).content(),
                "a refusal is hers alone");
        Reply status = party(BIA, GERMAN_CHANNEL, "status", Map.of());
        assertTrue(status.ephemeral());
        assertTrue(
                status.card().description().endsWith("\nVocê está nesta sessão."),
                status.card().description());
        assertEquals(
                List.of("Sair", "Progresso acompanha a sessão: liga/desliga"),
                status.buttons().stream().map(Button::label).toList(),
                "her own card is in her language");

        Reply breakCard = party(HOST, GERMAN_CHANNEL, "next", Map.of());
        assertTrue(
                breakCard.card().description().startsWith("⏭ Als Nächstes: S1E2"),
                breakCard.card().description());
        test.time().advance(TestCore.PARTY_IDLE);

        Reply summary = test.channel().last().reply();
        assertEquals("Party vorbei · Watchparty · Mini Show", summary.card().title());
        assertEquals(
                "Die Party hat sich nach langer Stille selbst beendet.",
                summary.card().description());
        assertEquals(
                "Geschaute Folgen: 1 (bis S1E1)",
                summary.card().fields().get(0).name() + ": "
                        + summary.card().fields().get(0).value());
    }

    @Test
    @DisplayName(
            "GIVEN a Brazilian member who schedules a party in a German server WHEN the bot restarts before it opens and it later ends itself THEN her answer is Portuguese, and the server event, the opening card and the summary are German")
    void scheduledPartyKeepsTheServersLanguageThroughARestart(@TempDir Path folder) {
        Path file = folder.resolve("bot.db");
        ManualScheduler time = new ManualScheduler(TestCore.START);
        RecordingMessenger before = new RecordingMessenger();
        try (Database database = Database.open(file)) {
            Reply scheduled = core(database, time, before)
                    .router()
                    .execute(new CommandRequest("party", "schedule", Map.of("when", "in 2h"), BIA, GERMAN_CHANNEL));
            assertTrue(
                    scheduled.content().startsWith("📅 Watchparty: Mini Show: a sessão abre aqui <t:"),
                    scheduled.content());
            assertTrue(
                    scheduled
                            .content()
                            .endsWith("(Li o horário em UTC: defina seu fuso horário com /ajustes.) Ela "
                                    + "está nos eventos do servidor: https://discord.com/events/guild/event-1 Clique em "
                                    + "\"Interessado\" lá e você vai estar na lista da sessão quando ela abrir."),
                    scheduled.content());
            RecordingMessenger.PlannedEvent event = before.events().get(0);
            assertEquals("Watchparty: Mini Show", event.title());
            assertEquals("Wir schauen Mini Show, ab S1E1. Komm in den Kanal, wenn es losgeht.", event.description());
        }
        RecordingMessenger after = new RecordingMessenger();
        ManualScheduler restarted = new ManualScheduler(TestCore.START); // the first process's timers died with it
        try (Database database = Database.open(file)) {
            BotCore core = core(database, restarted, after);
            core.resume(ShardRange.ALL);
            restarted.advance(Duration.ofHours(2));

            Reply opening = after.last().reply();
            assertTrue(
                    opening.card().description().startsWith("📅 Die geplante Party beginnt jetzt.\nNoch nicht"),
                    opening.card().description());
            assertEquals("Beitreten", opening.buttons().get(0).label());
            restarted.advance(TestCore.PARTY_IDLE);
            assertEquals(
                    "Party vorbei · Watchparty: Mini Show · Mini Show",
                    after.last().reply().card().title());
        }
    }

    private static BotCore core(Database database, ManualScheduler time) {
        return core(database, time, new RecordingMessenger());
    }

    private static BotCore core(Database database, ManualScheduler time, RecordingMessenger channel) {
        PackLibrary library = new PackLibrary(List.of(TestPacks.mini()), "mini");
        return BotCore.assemble(
                library,
                new PackReloader(library, TestPacks.TEST_PACKS, "mini"),
                new BotCore.Environment(Stores.on(database, time.clock), time.clock, time, channel, channel, Set.of()),
                new BotCore.Timing(TestCore.TRIVIA_PAUSE, TestCore.PARTY_IDLE),
                new Random(3));
    }
}
