package dev.watchparty.command;

import dev.watchparty.reply.DiscordLimits;
import dev.watchparty.reply.UserInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a button or a menu does, carried whole in its custom id, so that it still works after a restart and the
 * bot keeps no memory of it: the command that owns it (the router sends the click there), an action, and its
 * arguments. Encoded as {@code owner:action:argument…}; a part never holds the separator, and the whole fits
 * Discord's limit or is refused where it is built.
 */
public record ComponentId(String owner, String action, List<String> arguments) {

    private static final String SEPARATOR = ":";

    public ComponentId {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(action, "action");
        arguments = List.copyOf(arguments);
        for (String part : parts(owner, action, arguments)) {
            if (part.contains(SEPARATOR)) {
                throw new IllegalArgumentException("a component id part cannot hold '" + SEPARATOR + "': " + part);
            }
        }
    }

    public static ComponentId of(String owner, String action, String... arguments) {
        return new ComponentId(owner, action, List.of(arguments));
    }

    /** The same id with more arguments after these, such as a page number. */
    public ComponentId with(String... more) {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(List.of(more));
        return new ComponentId(owner, action, all);
    }

    public String encode() {
        String id = String.join(SEPARATOR, parts(owner, action, arguments));
        DiscordLimits.require(id, DiscordLimits.CUSTOM_ID, "component id");
        return id;
    }

    /** Reads a custom id back; empty for one no version of the bot wrote (a tampered or foreign id). */
    public static Optional<ComponentId> parse(String customId) {
        if (customId == null) {
            return Optional.empty();
        }
        String[] parts = customId.split(SEPARATOR, -1);
        if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ComponentId(parts[0], parts[1], List.of(parts).subList(2, parts.length)));
    }

    /** Whether this id has this action and exactly this many arguments. */
    public boolean is(String expectedAction, int argumentCount) {
        return action.equals(expectedAction) && arguments.size() == argumentCount;
    }

    /** The argument at {@code index}; a click whose id lacks it is stale. */
    public String argument(int index) {
        if (index < 0 || index >= arguments.size()) {
            throw UserInputException.staleComponent();
        }
        return arguments.get(index);
    }

    public int intArgument(int index) {
        try {
            return Integer.parseInt(argument(index));
        } catch (NumberFormatException e) {
            throw UserInputException.staleComponent();
        }
    }

    private static List<String> parts(String owner, String action, List<String> arguments) {
        List<String> parts = new ArrayList<>(List.of(owner, action));
        parts.addAll(arguments);
        return parts;
    }
}
