package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * Builds INTERACTION_CREATE payloads as Discord sends them to a bot: for JDA 6 the partial {@code guild} object, a
 * {@code channel} object, {@code member} (server) or {@code user} (DM), {@code context},
 * {@code authorizing_integration_owners} and {@code entitlements} must all be there.
 */
final class InteractionFactory {

    /** Interaction context types. */
    private static final int CONTEXT_GUILD = 0;

    /** Application command types. */
    private static final int CHAT_INPUT = 1;

    private static final int MESSAGE = 3;
    /** Component types of a modal's submission. */
    private static final int TEXT_INPUT = 4;

    private static final int LABEL = 18;

    private static final int CONTEXT_BOT_DM = 1;

    private final Snowflakes ids;
    private final Payloads payloads;
    private final CommandRegistry commands;
    private final MessageStore messages;
    private final Attachments attachments;
    private final String attachmentOrigin;

    InteractionFactory(
            Snowflakes ids,
            Payloads payloads,
            CommandRegistry commands,
            MessageStore messages,
            Attachments attachments,
            String attachmentOrigin) {
        this.ids = ids;
        this.payloads = payloads;
        this.commands = commands;
        this.messages = messages;
        this.attachments = attachments;
        this.attachmentOrigin = attachmentOrigin;
    }

    Interaction command(SlashCommandCall call) {
        ObjectNode payload = base(Interaction.APPLICATION_COMMAND, call);
        payload.set("data", commandData(call));
        return interaction(payload, null);
    }

    Interaction autocomplete(SlashCommandCall call) {
        if (call.focusedOption().isEmpty()) {
            throw new IllegalArgumentException("an autocomplete needs the option being typed: call focused(...)");
        }
        ObjectNode payload = base(Interaction.APPLICATION_COMMAND_AUTOCOMPLETE, call);
        payload.set("data", commandData(call));
        return interaction(payload, null);
    }

    Interaction component(ComponentCall call) {
        ObjectNode payload = base(Interaction.MESSAGE_COMPONENT, call);
        ObjectNode data = payload.putObject("data");
        data.put("custom_id", call.customId);
        data.put("component_type", call.componentType);
        if (call.componentType == ComponentCall.STRING_SELECT) {
            ArrayNode values = data.putArray("values");
            call.values.forEach(values::add);
        }
        ObjectNode message = call.message != null ? (ObjectNode) call.message.deepCopy() : carrying(call, payload);
        messages.put(message); // so an UPDATE_MESSAGE callback has something to update
        payload.set("message", message);
        return interaction(payload, Long.parseUnsignedLong(message.get("id").asText()));
    }

    /**
     * A message command used on a member's message: the message is kept (so the bot can delete it) and sent whole in
     * {@code resolved.messages}, its files served for download.
     */
    Interaction messageCommand(MessageCommandCall call) {
        ObjectNode payload = base(Interaction.APPLICATION_COMMAND, call);
        long guildId = guildOf(call).id();
        long channelId = Long.parseUnsignedLong(payload.get("channel_id").asText());
        ArrayNode files = Json.array();
        call.files.forEach(
                file -> files.add(Attachments.json(attachments.add(file.filename(), file.bytes()), attachmentOrigin)));
        ObjectNode author = payloads.user(
                call.authorId, call.authorName != null ? call.authorName : payloads.defaultName(call.authorId));
        ObjectNode target = payloads.memberMessage(ids.next(), channelId, author, call.content, files);
        messages.put(target);
        ObjectNode data = payload.putObject("data");
        data.put("id", Json.id(commands.idOf(call.name, MESSAGE, guildId).orElseGet(ids::next)));
        data.put("name", call.name);
        data.put("type", MESSAGE);
        data.put("target_id", target.get("id").asText());
        data.putObject("resolved").putObject("messages").set(target.get("id").asText(), target);
        if (commands.inScope(call.name, MESSAGE, guildId)) {
            data.put("guild_id", Json.id(guildId));
        }
        return interaction(payload, null);
    }

    /** A modal sent back: each text input inside the label component that held it. */
    Interaction modalSubmit(ModalSubmitCall call) {
        ObjectNode payload = base(Interaction.MODAL_SUBMIT, call);
        ObjectNode data = payload.putObject("data");
        data.put("custom_id", call.customId);
        ArrayNode components = data.putArray("components");
        int uniqueId = 0;
        for (var value : call.values.entrySet()) {
            ObjectNode label = components.addObject();
            label.put("type", LABEL);
            label.put("id", ++uniqueId);
            ObjectNode input = label.putObject("component");
            input.put("type", TEXT_INPUT);
            input.put("id", ++uniqueId);
            input.put("custom_id", value.getKey());
            input.put("value", value.getValue());
        }
        return interaction(payload, null);
    }

    private Interaction interaction(ObjectNode payload, Long componentMessageId) {
        return new Interaction(
                Long.parseUnsignedLong(payload.get("id").asText()),
                payload.get("token").asText(),
                payload.get("type").asInt(),
                Long.parseUnsignedLong(payload.get("channel_id").asText()),
                payload,
                componentMessageId,
                messages);
    }

    /**
     * The server an interaction happens in: the one it names (one of the fake's, or one the bot is not in), else the
     * default one.
     */
    private FakeGuild guildOf(InteractionCall<?> call) {
        if (call.guildWithoutBot != null) {
            return payloads.guildWithoutBot(call.guildWithoutBot);
        }
        if (call.guild == null) {
            return payloads.guild();
        }
        if (!payloads.isGuild(call.guild.id())) {
            throw new IllegalArgumentException("the bot is not in " + call.guild
                    + ": pick one of the fake's guilds(), or call inGuildWithoutBot(id) for a server it is not in");
        }
        return call.guild;
    }

    private ObjectNode base(int type, InteractionCall<?> call) {
        FakeGuild guild = guildOf(call);
        boolean userInstalled = call.guildWithoutBot != null;
        ObjectNode d = Json.object();
        d.put("id", Json.id(ids.next()));
        d.put("application_id", Json.id(payloads.applicationId()));
        d.put("type", type);
        d.put("token", "fake-" + UUID.randomUUID());
        d.put("version", 1);
        d.put("locale", call.locale);
        d.putArray("entitlements");
        d.put("attachment_size_limit", Payloads.attachmentSizeLimit());
        ObjectNode user =
                payloads.user(call.userId, call.username != null ? call.username : payloads.defaultName(call.userId));
        if (call.inGuild) {
            d.put("guild_id", Json.id(guild.id()));
            d.set("guild", payloads.interactionGuild(guild));
            d.put("guild_locale", Payloads.LOCALE);
            d.put("channel_id", Json.id(guild.channelId()));
            ObjectNode channel = payloads.textChannel(guild, true);
            channel.put("permissions", Long.toString(payloads.memberPermissions(guild, call.userId, call.roles)));
            d.set("channel", channel);
            d.set("member", payloads.member(guild, user, call.roles, true));
            if (userInstalled) {
                // the app is there through the user alone: key 1 (USER_INSTALL) is the installing user
                d.put("app_permissions", Long.toString(Permissions.USER_INSTALLED_APP));
                d.putObject("authorizing_integration_owners").put("1", Json.id(call.userId));
            } else {
                d.put("app_permissions", Long.toString(payloads.botPermissions(guild)));
                d.putObject("authorizing_integration_owners").put("0", Json.id(guild.id()));
            }
            d.put("context", CONTEXT_GUILD);
        } else {
            d.put("channel_id", Json.id(payloads.dmChannelId(call.userId)));
            d.set("channel", payloads.dmChannel(call.userId));
            d.set("user", user);
            d.put("app_permissions", Long.toString(Permissions.EVERYONE));
            d.putObject("authorizing_integration_owners").put("0", "0"); // "0": installed to a server, used in DM
            d.put("context", CONTEXT_BOT_DM);
        }
        return d;
    }

    private ObjectNode commandData(SlashCommandCall call) {
        FakeGuild guild = guildOf(call);
        long guildId = guild.id();
        ObjectNode data = Json.object();
        // the registered command's id when the bot registered it; Discord would refuse anything else
        data.put("id", Json.id(commands.idOf(call.name, CHAT_INPUT, guildId).orElseGet(ids::next)));
        data.put("name", call.name);
        data.put("type", 1);
        ArrayNode options = Json.array();
        ObjectNode resolved = Json.object();
        for (SlashCommandCall.Option option : call.options) {
            ObjectNode sent = options.addObject();
            sent.put("name", option.name());
            sent.put("type", option.type());
            sent.set("value", option.value());
            if (option.focused()) {
                sent.put("focused", true);
            }
            if (option.type() == SlashCommandCall.USER) {
                resolveUser(
                        resolved, guild, Long.parseUnsignedLong(option.value().asText()), call.inGuild);
            }
        }
        data.set("options", nest(call, options));
        if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
        }
        if (commands.inScope(call.name, CHAT_INPUT, guildId)) {
            data.put("guild_id", Json.id(guildId)); // only a server command says which server it belongs to
        }
        return data;
    }

    /** Puts the options under their subcommand, and that under its group, as Discord nests them. */
    private static ArrayNode nest(SlashCommandCall call, ArrayNode options) {
        if (call.subcommand == null) {
            return options;
        }
        ArrayNode top = Json.array();
        ObjectNode sub = Json.object();
        sub.put("name", call.subcommand);
        sub.put("type", SlashCommandCall.SUB_COMMAND);
        sub.set("options", options);
        if (call.group == null) {
            top.add(sub);
        } else {
            ObjectNode group = top.addObject();
            group.put("name", call.group);
            group.put("type", SlashCommandCall.SUB_COMMAND_GROUP);
            group.putArray("options").add(sub);
        }
        return top;
    }

    private void resolveUser(ObjectNode resolved, FakeGuild guild, long userId, boolean inGuild) {
        ObjectNode user = payloads.user(userId, payloads.defaultName(userId));
        resolved.withObjectProperty("users").set(Json.id(userId), user);
        if (inGuild) {
            ObjectNode member = payloads.member(guild, user, List.of(), true);
            member.remove("user"); // resolved members leave the user out: it is under "users"
            resolved.withObjectProperty("members").set(Json.id(userId), member);
        }
    }

    /** A bot message in the interaction's channel with just the clicked component on it. */
    private ObjectNode carrying(ComponentCall call, ObjectNode payload) {
        ObjectNode component = Json.object();
        component.put("type", call.componentType);
        component.put("custom_id", call.customId);
        if (call.componentType == ComponentCall.BUTTON) {
            component.put("style", 1);
            component.put("label", call.customId);
        } else {
            ArrayNode choices = component.putArray("options");
            call.values.forEach(value -> choices.addObject().put("label", value).put("value", value));
            component.put("min_values", 1);
            component.put("max_values", Math.max(1, call.values.size()));
        }
        ObjectNode sent = Json.object();
        sent.put("content", "");
        ObjectNode row = sent.putArray("components").addObject();
        row.put("type", 1);
        row.putArray("components").add(component);
        long channelId = Long.parseUnsignedLong(payload.get("channel_id").asText());
        return payloads.message(ids.next(), channelId, MessageStore.DEFAULT, sent, false);
    }
}
