package dev.watchparty.command;

import dev.watchparty.reply.Echo;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import dev.watchparty.reply.UserInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a command, a suggestion request, a click or a submitted modal is dispatched. Bad input becomes a
 * friendly ephemeral notice; any other failure becomes an apology with an error id, and the log has the id and
 * stack.
 */
public final class CommandRouter {

    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Readers readers;
    private final InternalErrors internalErrors;

    public CommandRouter(List<? extends Command> commandList, Readers readers) {
        this(commandList, readers, InternalErrors.NONE);
    }

    /** {@code internalErrors} is told of every failure that is not the user's, as it is answered. */
    public CommandRouter(List<? extends Command> commandList, Readers readers, InternalErrors internalErrors) {
        this.readers = readers;
        this.internalErrors = internalErrors;
        for (Command command : commandList) {
            if (commands.putIfAbsent(command.spec().name(), command) != null) {
                throw new IllegalArgumentException(
                        "two commands are called /" + command.spec().name());
            }
        }
    }

    public List<CommandSpec> specs() {
        return commands.values().stream().map(Command::spec).toList();
    }

    public Reply execute(CommandRequest request) {
        if (!(commands.get(request.command()) instanceof SlashCommand command)) {
            return Reply.notice(Texts.format(
                    request.invoker().locale(), CommandText.UNKNOWN_COMMAND, Echo.quote("/" + request.command())));
        }
        return guarded("/" + request.command(), request.invoker().locale(), () -> {
            OptionRules.check(command.spec(), request);
            return command.execute(request);
        });
    }

    public List<Choice> autocomplete(AutocompleteRequest request) {
        if (Readers.SHOW_OPTION.equals(request.option())) {
            return Suggestions.shows(readers, request.typed());
        }
        SlashCommand command = commands.get(request.command()) instanceof SlashCommand slash ? slash : null;
        Optional<OptionSpec> option = command == null
                ? Optional.empty()
                : command.spec().optionsOf(request.subcommand()).stream()
                        .filter(candidate -> candidate.name().equals(request.option()))
                        .findFirst();
        // suggestions offer only values the option accepts: its fixed choices, or the command's own suggestions
        // where the option has them; a text, number or user option has none
        if (option.isEmpty() || !option.get().choices().isEmpty()) {
            return option.map(fixed -> Suggestions.among(fixed.choices(), request.typed()))
                    .orElse(List.of());
        }
        if (!option.get().autocomplete()) {
            return List.of();
        }
        try {
            return command.autocomplete(request).stream().limit(25).toList();
        } catch (UserInputException e) {
            return List.of();
        } catch (RuntimeException e) {
            log.error("autocomplete for /{} {} failed", request.command(), request.option(), e);
            internalErrors.occurred();
            return List.of();
        }
    }

    /** A message command used on a message: its answer, or the modal it asks with. */
    public MessageCommandResponse messageCommand(MessageCommandRequest request) {
        if (!(commands.get(request.command()) instanceof MessageCommand command)) {
            return MessageCommandResponse.reply(Reply.notice(Texts.format(
                    request.invoker().locale(), CommandText.UNKNOWN_MESSAGE_COMMAND, Echo.quote(request.command()))));
        }
        try {
            return command.onMessage(request);
        } catch (UserInputException e) {
            return MessageCommandResponse.reply(
                    Reply.notice(e.in(request.invoker().locale())));
        } catch (RuntimeException e) {
            return MessageCommandResponse.reply(
                    apology(request.command(), request.invoker().locale(), e));
        }
    }

    /** A modal sent back filled in, to the command that showed it. */
    public Reply modal(ModalRequest request) {
        String owner =
                ComponentId.parse(request.customId()).map(ComponentId::owner).orElse("");
        Command command = commands.get(owner);
        Locale locale = request.invoker().locale();
        if (command == null) {
            return Reply.notice(UserInputException.staleForm().in(locale));
        }
        return guarded("the form of " + owner, locale, () -> command.onModal(request));
    }

    public ComponentResponse component(ComponentRequest request) {
        String owner =
                ComponentId.parse(request.customId()).map(ComponentId::owner).orElse("");
        Command command = commands.get(owner);
        Locale locale = request.invoker().locale();
        if (command == null) {
            return ComponentResponse.reply(
                    Reply.notice(UserInputException.staleComponent().in(locale)));
        }
        try {
            return command.onComponent(request);
        } catch (UserInputException e) {
            return ComponentResponse.reply(Reply.notice(e.in(locale)));
        } catch (RuntimeException e) {
            return ComponentResponse.reply(apology("button " + owner, locale, e));
        }
    }

    private Reply guarded(String what, Locale locale, Supplier<Reply> action) {
        try {
            return action.get();
        } catch (UserInputException e) {
            return Reply.notice(e.in(locale));
        } catch (RuntimeException e) {
            return apology(what, locale, e);
        }
    }

    private Reply apology(String what, Locale locale, RuntimeException e) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        log.error("{} failed (error id {})", what, errorId, e);
        internalErrors.occurred();
        return Reply.notice(Texts.format(locale, CommandText.APOLOGY, errorId));
    }
}
