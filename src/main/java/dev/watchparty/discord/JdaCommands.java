package dev.watchparty.discord;

import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.CommandTranslations;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.SubcommandSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;
import net.dv8tion.jda.api.interactions.commands.localization.ResourceBundleLocalizationFunction;

/**
 * Turns the core's command specs into Discord's. Slash commands work in servers, in DMs with the bot and as a
 * user-installed app; channel settings are for servers only, and operator commands are hidden from members.
 * Message commands act on a server channel's messages, so they are offered in servers where the bot is.
 */
final class JdaCommands {

    /**
     * The languages commands are shown in besides English, by the Discord locale of the user's client, as the core
     * reads them back ({@link CommandTranslations#BY_DISCORD_LOCALE}). Discord sends the English names back whatever
     * the user saw.
     */
    static final Map<DiscordLocale, Locale> LANGUAGES = CommandTranslations.BY_DISCORD_LOCALE.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(entry -> DiscordLocale.from(entry.getKey()), Map.Entry::getValue));

    private static final LocalizationFunction LOCALIZATION = localization();

    private JdaCommands() {}

    private static LocalizationFunction localization() {
        ResourceBundleLocalizationFunction.Builder builder = ResourceBundleLocalizationFunction.empty();
        LANGUAGES.forEach((discordLocale, locale) -> builder.addBundle(bundle(locale), discordLocale));
        return builder.build();
    }

    static ResourceBundle bundle(Locale locale) {
        return CommandTranslations.bundle(locale);
    }

    static List<CommandData> toDiscord(List<CommandSpec> specs) {
        return specs.stream().map(JdaCommands::toDiscord).toList();
    }

    static CommandData toDiscord(CommandSpec spec) {
        return toDiscord(spec, LOCALIZATION);
    }

    /** The command as Discord takes it, translated by {@code localization} (last: it translates what is built). */
    static CommandData toDiscord(CommandSpec spec, LocalizationFunction localization) {
        CommandData command = switch (spec.type()) {
            case SLASH -> slash(spec);
            case MESSAGE ->
                Commands.message(spec.name())
                        .setContexts(InteractionContextType.GUILD)
                        .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
        };
        return command.setLocalizationFunction(localization);
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
