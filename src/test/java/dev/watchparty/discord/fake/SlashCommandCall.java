package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A slash command as a user types it, for {@link FakeDiscord#sendSlashCommand} and, with one {@link #focused}
 * option, {@link FakeDiscord#sendAutocomplete}.
 *
 * <pre>{@code
 * SlashCommandCall.of("party").subcommand("join").option("episode", 3).user(42).inGuild()
 * SlashCommandCall.of("character").focused("name", "ju")            // autocomplete while typing "ju"
 * }</pre>
 */
public final class SlashCommandCall extends InteractionCall<SlashCommandCall> {

    /** Discord's application command option types. */
    static final int SUB_COMMAND = 1;

    static final int SUB_COMMAND_GROUP = 2;
    static final int STRING = 3;
    static final int INTEGER = 4;
    static final int BOOLEAN = 5;
    static final int USER = 6;
    static final int NUMBER = 10;

    /** One option as Discord sends it. */
    record Option(String name, int type, JsonNode value, boolean focused) {}

    final String name;
    String group;
    String subcommand;
    final List<Option> options = new ArrayList<>();

    private SlashCommandCall(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public static SlashCommandCall of(String commandName) {
        return new SlashCommandCall(commandName);
    }

    public SlashCommandCall subcommand(String subcommandName) {
        this.subcommand = subcommandName;
        return this;
    }

    public SlashCommandCall subcommandGroup(String groupName, String subcommandName) {
        this.group = groupName;
        this.subcommand = subcommandName;
        return this;
    }

    public SlashCommandCall option(String optionName, String value) {
        return add(new Option(optionName, STRING, TextNode.valueOf(value), false));
    }

    public SlashCommandCall option(String optionName, long value) {
        return add(new Option(optionName, INTEGER, LongNode.valueOf(value), false));
    }

    public SlashCommandCall option(String optionName, boolean value) {
        return add(new Option(optionName, BOOLEAN, BooleanNode.valueOf(value), false));
    }

    public SlashCommandCall option(String optionName, double value) {
        return add(new Option(optionName, NUMBER, DoubleNode.valueOf(value), false));
    }

    /** A USER option; the fake adds the user (and, in the server, a member) to {@code data.resolved}. */
    public SlashCommandCall userOption(String optionName, long userId) {
        return add(new Option(optionName, USER, TextNode.valueOf(Long.toUnsignedString(userId)), false));
    }

    /** The STRING option the user is typing, for autocomplete: Discord sends the partial text, focused. */
    public SlashCommandCall focused(String optionName, String partialValue) {
        return add(new Option(optionName, STRING, TextNode.valueOf(partialValue), true));
    }

    /**
     * A forged autocomplete: the focused option claims to be an INTEGER while holding text, which a real client
     * never sends and JDA cannot read as a number.
     */
    public SlashCommandCall focusedIntegerAsText(String optionName, String partialValue) {
        return add(new Option(optionName, INTEGER, TextNode.valueOf(partialValue), true));
    }

    Optional<Option> focusedOption() {
        return options.stream().filter(Option::focused).findFirst();
    }

    private SlashCommandCall add(Option option) {
        options.add(option);
        return this;
    }
}
