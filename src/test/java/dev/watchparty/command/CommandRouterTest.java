package dev.watchparty.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.ReplyText;
import dev.watchparty.reply.UserInputException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommandRouterTest {

    private static final Invoker USER = new Invoker("u1", "User");
    private static final Place CHANNEL = Place.serverChannel("g1", "c1", java.util.Set.of());

    private TestCore test;
    private SlashCommand fake;
    private CommandRouter router;

    @AfterEach
    void closeCore() {
        test.close();
    }

    @BeforeEach
    void setUp() {
        fake = mock(SlashCommand.class);
        when(fake.spec())
                .thenReturn(CommandSpec.withOptions(
                        "fake",
                        "A fake",
                        List.of(
                                OptionSpec.suggested("name", "A name", false),
                                OptionSpec.oneOf("period", "When", false, List.of("all-time", "this month")),
                                OptionSpec.text("note", "Free text", false, 100))));
        test = TestCore.forPack(TestPacks.mini());
        Readers readers = new Readers(
                test.core().library(), test.stores().progress(), test.stores().channelLevels());
        router = new CommandRouter(List.of(fake), readers);
    }

    private static CommandRequest request(String command) {
        return new CommandRequest(command, null, Map.of(), USER, CHANNEL);
    }

    @Test
    @DisplayName(
            "GIVEN a command that throws WHEN routed THEN the user gets a private apology with an error id and no stack trace")
    void failureBecomesApology() {
        when(fake.execute(any())).thenThrow(new IllegalStateException("database on fire"));
        Reply reply = router.execute(request("fake"));
        assertTrue(reply.ephemeral());
        assertTrue(reply.content().matches("(?s).*error id: `[0-9a-f]{8}`.*"), reply.content());
        assertFalse(reply.content().contains("database on fire"));
        assertFalse(reply.content().contains("Exception"));
    }

    @Test
    @DisplayName(
            "GIVEN a router told of internal errors WHEN a command, a click and suggestions fail THEN it is told of each, and never of bad input")
    void internalErrorsAreTold() {
        AtomicInteger told = new AtomicInteger();
        CommandRouter counted = new CommandRouter(
                List.of(fake),
                new Readers(
                        test.core().library(),
                        test.stores().progress(),
                        test.stores().channelLevels()),
                told::incrementAndGet);
        when(fake.execute(any())).thenThrow(new UserInputException(ReplyText.STALE_FORM));
        counted.execute(request("fake"));
        counted.execute(request("nothing-by-that-name"));
        assertEquals(0, told.get(), "bad input is not an internal error");

        doThrow(new IllegalStateException("database on fire")).when(fake).execute(any());
        when(fake.onComponent(any())).thenThrow(new IllegalStateException("database on fire"));
        when(fake.autocomplete(any())).thenThrow(new IllegalStateException("database on fire"));
        counted.execute(request("fake"));
        counted.component(new ComponentRequest("fake:page:2", List.of(), USER, CHANNEL));
        counted.autocomplete(new AutocompleteRequest("fake", null, "name", "c", Map.of(), USER, CHANNEL));
        assertEquals(3, told.get());
    }

    @Test
    @DisplayName(
            "GIVEN a command rejecting its input WHEN routed THEN its friendly message is shown privately, in the requester's language")
    void userErrorIsShown() {
        when(fake.execute(any())).thenThrow(new UserInputException(ReplyText.STALE_FORM));
        Reply reply = router.execute(request("fake"));
        assertEquals("This form no longer does anything.", reply.content());
        assertTrue(reply.ephemeral());
        Reply german = router.execute(new CommandRequest(
                "fake", null, Map.of(), new Invoker("u1", "User", java.util.Locale.GERMAN), CHANNEL));
        assertEquals("Dieses Formular macht nichts mehr.", german.content());
    }

    @Test
    @DisplayName("GIVEN an unknown command WHEN routed THEN the reply names it escaped and points to /help")
    void unknownCommand() {
        Reply reply = router.execute(request("@everyone"));
        assertEquals("I don't know the command “/\\@everyone”. Try /help for the list.", reply.content());
        verify(fake, never()).execute(any());
    }

    @Test
    @DisplayName(
            "GIVEN a button id WHEN clicked THEN the command named by its prefix handles it; an unknown prefix gets a notice")
    void componentsRouteByPrefix() {
        ComponentRequest click = new ComponentRequest("fake:page:2", List.of(), USER, CHANNEL);
        when(fake.onComponent(click)).thenReturn(ComponentResponse.update(Reply.notice("page 2")));
        assertEquals("page 2", router.component(click).reply().content());
        ComponentResponse stray = router.component(new ComponentRequest("ghost:1", List.of(), USER, CHANNEL));
        assertFalse(stray.updatesMessage());
        assertEquals("This button no longer does anything.", stray.reply().content());
    }

    @Test
    @DisplayName(
            "GIVEN a form no command owns, and a message command the router lacks WHEN they come back THEN each gets a private notice")
    void staleFormsAndMessageCommands() {
        Reply form = router.modal(new ModalRequest("ghost:episode:1", Map.of("episode", "3"), USER, CHANNEL));
        MessageCommandResponse menu = router.messageCommand(new MessageCommandRequest(
                "Ghost-wrap", new TargetMessage("m1", USER, "text", List.of()), USER, CHANNEL));

        assertEquals("This form no longer does anything.", form.content());
        assertTrue(form.ephemeral());
        assertTrue(
                menu.reply().content().startsWith("I don't know “Ghost\\-wrap”"),
                menu.reply().content());
        assertEquals(null, menu.modal());
    }

    @Test
    @DisplayName("GIVEN a command offering too many suggestions WHEN asked THEN the router passes at most 25")
    void suggestionsCapped() {
        when(fake.autocomplete(any()))
                .thenReturn(IntStream.range(0, 40)
                        .mapToObj(i -> new Choice("c" + i, "v" + i))
                        .toList());
        List<Choice> choices =
                router.autocomplete(new AutocompleteRequest("fake", null, "name", "c", Map.of(), USER, CHANNEL));
        assertEquals(25, choices.size());
    }

    @Test
    @DisplayName(
            "GIVEN options with fixed choices, free text or none by that name WHEN autocompleted THEN only values each accepts are offered")
    void suggestionsOnlyWhatTheOptionAccepts() {
        when(fake.autocomplete(any())).thenReturn(List.of(new Choice("S1E1", "S1E1")));

        assertEquals(
                List.of(new Choice("all-time", "all-time"), new Choice("this month", "this month")),
                router.autocomplete(new AutocompleteRequest("fake", null, "period", "", Map.of(), USER, CHANNEL)));
        assertEquals(
                List.of(new Choice("this month", "this month")),
                router.autocomplete(new AutocompleteRequest("fake", null, "period", "MON", Map.of(), USER, CHANNEL)));
        assertEquals(
                List.of(),
                router.autocomplete(new AutocompleteRequest("fake", null, "note", "S1", Map.of(), USER, CHANNEL)));
        assertEquals(
                List.of(),
                router.autocomplete(new AutocompleteRequest("fake", null, "nope", "S1", Map.of(), USER, CHANNEL)));
        verify(fake, never()).autocomplete(any());
    }

    @Test
    @DisplayName("GIVEN the show option WHEN autocompleted THEN the router offers the loaded shows")
    void showOptionSuggestsShows() {
        List<Choice> choices = router.autocomplete(
                new AutocompleteRequest("fake", null, Readers.SHOW_OPTION, "mi", Map.of(), USER, CHANNEL));
        assertEquals(List.of(new Choice("Mini Show", "mini")), choices);
    }

    @Test
    @DisplayName("GIVEN markdown and a mass mention in a name WHEN a lookup fails THEN the echo is escaped")
    void echoEscapes() {
        CommandRouter real = test.router();
        Reply reply = real.execute(
                new CommandRequest("character", null, Map.of("name", "@everyone **x** ||y"), USER, CHANNEL));
        assertTrue(reply.content().contains("“\\@everyone \\*\\*x\\*\\* \\|\\|y”"), reply.content());
        assertTrue(reply.ephemeral());
    }
}
