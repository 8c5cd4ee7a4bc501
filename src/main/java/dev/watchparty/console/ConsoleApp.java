package dev.watchparty.console;

import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.ComponentResponse;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.Place;
import dev.watchparty.reply.Button;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.SelectMenu;
import dev.watchparty.reply.Texts;
import dev.watchparty.reply.UserInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The offline console: the bot's own commands, typed on standard input by one person, answered through the
 * same router and reply model as on Discord. Public replies go to a pretend channel at the premise level, so
 * a reader can see how the bot tags spoilers for others. The console speaks its channel's language: its reader is
 * a user of that language, in a server of that language, so the bot answers in it too.
 */
public final class ConsoleApp {

    /** The console's one user runs the bot, so they are its operator too. */
    public static final String CONSOLE_USER_ID = "console";

    private final CommandRouter router;
    private final PrintStream out;
    private final ConsoleChannel channel;
    private final Locale language;
    private final CommandNames names;
    private final Invoker user;
    private final Place place;

    public ConsoleApp(CommandRouter router, PrintStream out, ConsoleChannel channel) {
        this.router = router;
        this.out = out;
        this.channel = channel;
        this.language = channel.language();
        this.names = CommandNames.in(language);
        this.user = new Invoker(CONSOLE_USER_ID, Texts.format(language, ConsoleText.USER_NAME), language);
        this.place = new Place("console", "console", true, EnumSet.allOf(Place.Power.class), language);
    }

    /**
     * The language of {@link Texts#LANGUAGES} a BCP-47 tag asks for ({@code de-AT} is German), or empty for one the
     * bot does not write.
     */
    public static Optional<Locale> language(String tag) {
        Locale asked;
        try {
            asked = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
        return Texts.LANGUAGES.stream()
                .filter(spoken -> spoken.equals(asked))
                .findFirst()
                .or(() -> Texts.LANGUAGES.stream()
                        .filter(spoken -> spoken.getCountry().isEmpty())
                        .filter(spoken -> spoken.getLanguage().equals(asked.getLanguage()))
                        .findFirst());
    }

    public void run(BufferedReader in) throws IOException {
        out.println(Texts.format(language, ConsoleText.BANNER));
        out.println(Texts.format(language, ConsoleText.EXAMPLES));
        String line;
        while (true) {
            channel.prompt();
            line = in.readLine();
            channel.answering();
            if (line == null || isQuit(line)) {
                return;
            }
            if (!line.isBlank()) {
                out.println(handle(line.strip()));
            }
        }
    }

    private static boolean isQuit(String line) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        return word.equals("quit") || word.equals("exit") || word.equals("/quit");
    }

    /** Answers one line; returns what to print. */
    String handle(String line) {
        try {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("press ")) {
                return click(line.substring(6).strip(), false);
            }
            if (lower.startsWith("pick ")) {
                return click(line.substring(5).strip(), true);
            }
            ConsoleParser.ParsedLine parsed = ConsoleParser.parse(line, router.specs(), names);
            if (parsed.suggestFor().isPresent()) {
                return suggestions(parsed, parsed.suggestFor().get());
            }
            return channel.show(router.execute(
                    new CommandRequest(parsed.command(), parsed.subcommand(), parsed.options(), user, place)));
        } catch (UserInputException e) {
            return channel.show(Reply.notice(e.in(language)));
        }
    }

    private String suggestions(ConsoleParser.ParsedLine parsed, ConsoleParser.OptionName option) {
        Object typed = parsed.options().getOrDefault(option.name(), "");
        List<Choice> choices = router.autocomplete(new AutocompleteRequest(
                parsed.command(), parsed.subcommand(), option.name(), typed.toString(), parsed.options(), user, place));
        if (choices.isEmpty()) {
            return "(" + Texts.format(language, ConsoleText.NO_SUGGESTIONS) + ")\n";
        }
        return Texts.format(language, ConsoleText.SUGGESTIONS_FOR, option.shown()) + "\n"
                + String.join(
                        "\n",
                        choices.stream()
                                .map(c -> "  " + c.name() + "   -> " + option.shown() + ":" + c.value())
                                .toList())
                + "\n";
    }

    private String click(String number, boolean fromMenu) {
        int index;
        try {
            index = Integer.parseInt(number) - 1;
        } catch (NumberFormatException e) {
            throw new UserInputException(ConsoleText.PRESS_BY_NUMBER);
        }
        Reply lastReply = channel.pressable();
        if (lastReply == null) {
            throw new UserInputException(ConsoleText.NOTHING_TO_PRESS);
        }
        ComponentRequest request;
        if (fromMenu) {
            SelectMenu menu = lastReply.optionalMenu().orElseThrow(() -> new UserInputException(ConsoleText.NO_MENU));
            if (index < 0 || index >= menu.options().size()) {
                throw new UserInputException(
                        ConsoleText.PICK_FROM_RANGE, menu.options().size());
            }
            request = new ComponentRequest(
                    menu.customId(), List.of(menu.options().get(index).value()), user, place);
        } else {
            List<Button> buttons = lastReply.buttons();
            if (index < 0 || index >= buttons.size() || buttons.get(index).disabled()) {
                throw new UserInputException(ConsoleText.NO_SUCH_BUTTON, number);
            }
            request = new ComponentRequest(buttons.get(index).customId(), List.of(), user, place);
        }
        ComponentResponse response = router.component(request);
        return channel.show(response.reply());
    }
}
