package dev.watchparty.discord;

import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.SubcommandSpec;
import java.util.List;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * Turns the core's command specs into Discord's. Slash commands work in servers, in DMs with the bot and as a
 * user-installed app; channel settings are for servers only, and operator commands are hidden from members.
 * Message commands act on a server channel's messages, so they are offered in servers where the bot is.
 */
final class JdaCommands {

    private JdaCommands() {}

    static List<CommandData> toDiscord(List<CommandSpec> specs) {
        return specs.stream().map(JdaCommands::toDiscord).toList();
    }

    static CommandData toDiscord(CommandSpec spec) {
        return switch (spec.type()) {
            case SLASH -> slash(spec);
            case MESSAGE ->
                Commands.message(spec.name())
                        .setContexts(InteractionContextType.GUILD)
                        .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        };
    }

    private static SlashCommandData slash(CommandSpec spec) {
        SlashCommandData command = Commands.slash(spec.name(), spec.description());
        command.addOptions(spec.options().stream().map(JdaCommands::option).toList());
        for (SubcommandSpec sub : spec.subcommands()) {
            command.addSubcommands(new SubcommandData(sub.name(), sub.description())
                    .addOptions(sub.options().stream().map(JdaCommands::option).toList()));
        }
        switch (spec.access()) {
            case EVERYONE ->
                command.setContexts(
                                InteractionContextType.GUILD,
                                InteractionContextType.BOT_DM,
                                InteractionContextType.PRIVATE_CHANNEL)
                        .setIntegrationTypes(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL);
            case CHANNEL_MANAGERS ->
                command.setContexts(InteractionContextType.GUILD)
                        .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_CHANNEL));
            case OWNERS ->
                command.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                        .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
                        .setDefaultPermissions(DefaultMemberPermissions.DISABLED);
        }
        return command;
    }

    private static OptionData option(OptionSpec spec) {
        OptionType type = switch (spec.type()) {
            case STRING -> OptionType.STRING;
            case BOOLEAN -> OptionType.BOOLEAN;
            case INTEGER -> OptionType.INTEGER;
            case USER -> OptionType.USER;
        };
        OptionData option = new OptionData(type, spec.name(), spec.description(), spec.required(), spec.autocomplete());
        if (type == OptionType.INTEGER && spec.min() != null) {
            option.setMinValue(spec.min());
        }
        if (type == OptionType.INTEGER && spec.max() != null) {
            option.setMaxValue(spec.max());
        }
        if (type == OptionType.STRING && spec.max() != null) {
            option.setMaxLength(spec.max());
        }
        spec.choices().forEach(choice -> option.addChoice(choice, choice));
        return option;
    }
}
