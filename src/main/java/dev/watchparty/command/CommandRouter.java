package dev.watchparty.command;

import dev.watchparty.reply.Echo;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.UserInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a command, a suggestion request or a click is dispatched. Bad input becomes a friendly
 * ephemeral notice; any other failure becomes an apology with an error id, and the log has the id and stack.
 */
public final class CommandRouter {

    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

    private final Map<String, SlashCommand> commands = new LinkedHashMap<>();
    private final Readers readers;
    private final InternalErrors internalErrors;

    public CommandRouter(List<SlashCommand> commandList, Readers readers) {
        this(commandList, readers, InternalErrors.NONE);
    }

    /** {@code internalErrors} is told of every failure that is not the user's, as it is answered. */
    public CommandRouter(List<SlashCommand> commandList, Readers readers, InternalErrors internalErrors) {
        this.readers = readers;
        this.internalErrors = internalErrors;
        for (SlashCommand command : commandList) {
            if (commands.putIfAbsent(command.spec().name(), command) != null) {
                throw new IllegalArgumentException(
                        "two commands are called /" + command.spec().name());
            }
        }
    }

    public List<CommandSpec> specs() {
        return commands.values().stream().map(SlashCommand::spec).toList();
    }

    public Reply execute(CommandRequest request) {
        SlashCommand command = commands.get(request.command());
        if (command == null) {
            return Reply.notice(
                    "I don't know the command " + Echo.quote("/" + request.command()) + ". Try /help for the list.");
        }
        return guarded("/" + request.command(), () -> {
            OptionRules.check(command.spec(), request);
            return command.execute(request);
        });
    }

    public List<Choice> autocomplete(AutocompleteRequest request) {
        if (Readers.SHOW_OPTION.equals(request.option())) {
            return Suggestions.shows(readers, request.typed());
        }
        SlashCommand command = commands.get(request.command());
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

    public ComponentResponse component(ComponentRequest request) {
        String owner =
                ComponentId.parse(request.customId()).map(ComponentId::owner).orElse("");
        SlashCommand command = commands.get(owner);
        if (command == null) {
            return ComponentResponse.reply(
                    Reply.notice(UserInputException.staleComponent().getMessage()));
        }
        try {
            return command.onComponent(request);
        } catch (UserInputException e) {
            return ComponentResponse.reply(Reply.notice(e.getMessage()));
        } catch (RuntimeException e) {
            return ComponentResponse.reply(apology("button " + owner, e));
        }
    }

    private Reply guarded(String what, Supplier<Reply> action) {
        try {
            return action.get();
        } catch (UserInputException e) {
            return Reply.notice(e.getMessage());
        } catch (RuntimeException e) {
            return apology(what, e);
        }
    }

    private Reply apology(String what, RuntimeException e) {
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        log.error("{} failed (error id {})", what, errorId, e);
        internalErrors.occurred();
        return Reply.notice("Sorry, something went wrong on my side. If it keeps happening, tell the bot's operator "
                + "this error id: `" + errorId + "`.");
    }
}
