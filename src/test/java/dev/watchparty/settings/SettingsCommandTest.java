package dev.watchparty.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.Place;
import dev.watchparty.reply.Reply;
import dev.watchparty.time.TimeZones;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** /settings through the real router: a member's time zone, and the server's default (TestCore's clock: noon UTC). */
class SettingsCommandTest {

    private static final Invoker MEMBER = new Invoker("u1", "Uma");
    private static final Place CHANNEL = Place.serverChannel("guild", "c1", Set.of());
    private static final Place AS_EVENT_MANAGER =
            Place.serverChannel("guild", "c1", EnumSet.of(Place.Power.MANAGE_EVENTS));
    private static final Place DM = new Place(null, "dm", false, Set.of());
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final TestCore test = TestCore.forPack(TestPacks.mini());

    @AfterEach
    void close() {
        test.close();
    }

    private Reply settings(Place where, Map<String, Object> options) {
        return test.router().execute(new CommandRequest("settings", null, options, MEMBER, where));
    }

    private List<Choice> suggest(String option, String typed) {
        return test.router()
                .autocomplete(new AutocompleteRequest("settings", null, option, typed, Map.of(), MEMBER, CHANNEL));
    }

    @Test
    @DisplayName(
            "GIVEN a member WHEN they set timezone:europe/berlin THEN Europe/Berlin is saved and the reply shows the time there")
    void setOwnZone() {
        Reply reply = settings(DM, Map.of("timezone", " europe/berlin "));

        assertTrue(reply.ephemeral());
        assertEquals(Optional.of(BERLIN), test.stores().timeZones().userZone("u1"));
        assertTrue(
                reply.content().startsWith("Your time zone is now Europe/Berlin (it's Sun 22 Nov, 13:00 there now)"),
                reply.content());
    }

    @Test
    @DisplayName(
            "GIVEN server-timezone WHEN set without Manage Events, or in a DM THEN it is refused; WHEN an event manager sets it THEN it is saved")
    void serverZoneNeedsManageEvents() {
        assertEquals(
                "Only members who can manage events set the server's time zone.",
                settings(CHANNEL, Map.of("server-timezone", "Europe/Berlin")).content());
        assertEquals(
                "A server's time zone is set in one of its channels.",
                settings(DM, Map.of("server-timezone", "Europe/Berlin")).content());
        assertEquals(Optional.empty(), test.stores().timeZones().serverZone("guild"));

        settings(AS_EVENT_MANAGER, Map.of("server-timezone", "America/New_York"));
        assertEquals(
                Optional.of(ZoneId.of("America/New_York")),
                test.stores().timeZones().serverZone("guild"));
        assertEquals(Optional.empty(), test.stores().timeZones().userZone("u1"), "the member's own stays unset");
    }

    @Test
    @DisplayName(
            "GIVEN a zone that does not exist, with a mention in it WHEN set THEN the refusal quotes it escaped and nothing is saved")
    void unknownZone() {
        Reply reply = settings(AS_EVENT_MANAGER, Map.of("timezone", "Europe/Berlin", "server-timezone", "Mars/<@1>"));

        assertTrue(reply.content().startsWith("I don't know the time zone “Mars/\\<\\@1\\>”."), reply.content());
        assertEquals(
                Optional.empty(), test.stores().timeZones().userZone("u1"), "nothing saved, not even the valid one");
    }

    @Test
    @DisplayName("GIVEN zones saved WHEN /settings has no option THEN it shows the member's and the server's")
    void showsSettings() {
        settings(AS_EVENT_MANAGER, Map.of("server-timezone", "Asia/Tokyo"));

        String shown = settings(CHANNEL, Map.of()).content();
        assertTrue(shown.contains("Your time zone: not set."), shown);
        assertTrue(shown.contains("This server's: Asia/Tokyo (it's Sun 22 Nov, 21:00 there now)."), shown);
    }

    @Test
    @DisplayName(
            "GIVEN part of a zone's name WHEN suggested THEN its city comes first, at most 25, each one /settings accepts")
    void suggestions() {
        assertEquals("Europe/Berlin", suggest("timezone", "berl").get(0).value());
        assertEquals(
                "America/New_York",
                suggest("server-timezone", "new york").get(0).value());
        assertEquals(
                "Europe/Berlin · UTC+01:00 · Sun 22 Nov, 13:00",
                suggest("timezone", "berl").get(0).name());
        List<Choice> all = suggest("timezone", "");
        assertEquals(25, all.size());
        for (Choice choice : all) {
            assertTrue(TimeZones.named(choice.value()).isPresent(), choice.value());
        }
        assertEquals(List.of(), suggest("timezone", "no such place at all"));
    }

    @Test
    @DisplayName(
            "GIVEN a German reader WHEN they set their zone, and look at suggestions THEN the answer is German and the time there is written as German writes it")
    void german() {
        Invoker german = new Invoker("u2", "Dora", Locale.GERMAN);

        Reply reply = test.router()
                .execute(new CommandRequest("settings", null, Map.of("timezone", "Europe/Berlin"), german, DM));
        List<Choice> choices = test.router()
                .autocomplete(new AutocompleteRequest("settings", null, "timezone", "berl", Map.of(), german, CHANNEL));

        assertEquals(
                "Deine Zeitzone ist jetzt Europe/Berlin (dort ist es jetzt So., 22. Nov., 13:00). Zeiten, die du bei "
                        + "/watchparty planen eingibst, lese ich in dieser Zeitzone.",
                reply.content());
        assertEquals(
                "Europe/Berlin · UTC+01:00 · So., 22. Nov., 13:00",
                choices.get(0).name());
    }
}
