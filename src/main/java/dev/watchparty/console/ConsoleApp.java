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
import dev.watchparty.reply.UserInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The offline console: the bot's own commands, typed on standard input by one person, answered through the
 * same router and reply model as on Discord. Public replies go to a pretend channel at the premise level, so
 * a reader can see how the bot tags spoilers for others.
 */
public final class ConsoleApp {

    /** The console's one user runs the bot, so they are its operator too. */
    public static final String CONSOLE_USER_ID = "console";

    static final Invoker CONSOLE_USER = new Invoker(CONSOLE_USER_ID, "you");
    static final Place CONSOLE_CHANNEL = Place.serverChannel("console", "console", EnumSet.allOf(Place.Power.class));

    private final CommandRouter router;
    private final PrintStream out;
    private final ConsoleChannel channel;

    public ConsoleApp(CommandRouter router, PrintStream out, ConsoleChannel channel) {
        this.router = router;
        this.out = out;
        this.channel = channel;
    }

    public void run(BufferedReader in) throws IOException {
        out.println("Watch Party Companion, offline console. Type /help, or quit to leave.");
        out.println("Try: /progress set episode:2   /character name:bette   /recap episode:3   /character name:nev?");
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
            ConsoleParser.ParsedLine parsed = ConsoleParser.parse(line, router.specs());
            if (parsed.suggestFor().isPresent()) {
                String option = parsed.suggestFor().get();
                Object typed = parsed.options().getOrDefault(option, "");
                List<Choice> choices = router.autocomplete(new AutocompleteRequest(
                        parsed.command(),
                        parsed.subcommand(),
                        option,
                        typed.toString(),
                        parsed.options(),
                        CONSOLE_USER,
                        CONSOLE_CHANNEL));
                return choices.isEmpty()
                        ? "(no suggestions)\n"
                        : "Suggestions for " + option + ":\n"
                                + String.join(
                                        "\n",
                                        choices.stream()
                                                .map(c -> "  " + c.name() + "   -> " + option + ":" + c.value())
                                                .toList())
                                + "\n";
            }
            return channel.show(router.execute(new CommandRequest(
                    parsed.command(), parsed.subcommand(), parsed.options(), CONSOLE_USER, CONSOLE_CHANNEL)));
        } catch (UserInputException e) {
            return channel.show(Reply.notice(e.getMessage()));
        }
    }

    private String click(String number, boolean fromMenu) {
        int index;
        try {
            index = Integer.parseInt(number) - 1;
        } catch (NumberFormatException e) {
            throw new UserInputException("Type the number shown next to it, like press 2.");
        }
        Reply lastReply = channel.pressable();
        if (lastReply == null) {
            throw new UserInputException("There is nothing to press yet.");
        }
        ComponentRequest request;
        if (fromMenu) {
            SelectMenu menu =
                    lastReply.optionalMenu().orElseThrow(() -> new UserInputException("The last reply has no menu."));
            if (index < 0 || index >= menu.options().size()) {
                throw new UserInputException(
                        "Pick a number from 1 to " + menu.options().size() + ".");
            }
            request = new ComponentRequest(
                    menu.customId(), List.of(menu.options().get(index).value()), CONSOLE_USER, CONSOLE_CHANNEL);
        } else {
            List<Button> buttons = lastReply.buttons();
            if (index < 0 || index >= buttons.size() || buttons.get(index).disabled()) {
                throw new UserInputException("There is no button " + number + " to press.");
            }
            request = new ComponentRequest(buttons.get(index).customId(), List.of(), CONSOLE_USER, CONSOLE_CHANNEL);
        }
        ComponentResponse response = router.component(request);
        return channel.show(response.reply());
    }
}
