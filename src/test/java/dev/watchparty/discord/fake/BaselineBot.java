package dev.watchparty.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.discord.FixedGatewaySessionController;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.components.MessageTopLevelComponentUnion;
import net.dv8tion.jda.api.components.utils.ComponentDeserializer;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * The least a JDA bot can do, as the latency baseline for the real bot: bare JDA ({@code createLight}, default
 * intents), a constant answer to every slash command, one constant choice for every autocomplete, and a constant
 * edit of the message for every button. Whatever the real bot takes beyond this is its own doing.
 *
 * <p>A fair comparison sends the same payload as the real bot: {@link #replay} gives it, for one kind of interaction
 * (a slash command, an autocomplete, a button by the start of its id; {@link #kindOf}), the callback bodies the real
 * bot sent for that kind. It then answers that kind with one of them, rebuilt once into JDA's own message, choice or
 * deferral and sent through JDA's reply actions as any bot would send it: the one recorded for the same input
 * ({@link #inputOf}: the options given, the text typed), or else each in turn. {@link #replayRaw} sends the recorded
 * bytes themselves instead, for a body JDA's builders would not write alike.
 */
public final class BaselineBot extends ListenerAdapter implements AutoCloseable {

    public static final String REPLY = "baseline reply";
    public static final String CHOICE = "baseline choice";
    public static final String EDITED = "baseline edit";
    /** The commands it registers globally once ready. */
    public static final List<String> COMMANDS = List.of("ping", "character");

    /** Discord's interaction callback types this replays. */
    private static final int MESSAGE = 4;

    private static final int DEFERRED_MESSAGE = 5;
    private static final int DEFERRED_UPDATE = 6;
    private static final int UPDATE = 7;
    private static final int CHOICES = 8;
    /** Message flags a callback's data carries. */
    private static final int SUPPRESS_EMBEDS = 1 << 2;

    private static final int EPHEMERAL = 1 << 6;
    private static final int SUPPRESS_NOTIFICATIONS = 1 << 12;
    private static final int COMPONENTS_V2 = 1 << 15;

    private final CountDownLatch ready = new CountDownLatch(1);
    private final Map<String, Replies> replays = new ConcurrentHashMap<>();
    private final CompletableFuture<List<Command>> registered = new CompletableFuture<>();
    private final List<CommandData> commands;
    private final JDA jda;

    private BaselineBot(String token, String restBaseUrl, String gatewayUrl, Compression compression) {
        this(token, restBaseUrl, gatewayUrl, compression, null);
    }

    private BaselineBot(
            String token, String restBaseUrl, String gatewayUrl, Compression compression, List<CommandData> commands) {
        this.commands = commands;
        this.jda = JDABuilder.createLight(token)
                .setRestConfig(new RestConfig().setBaseUrl(restBaseUrl))
                .setSessionController(new FixedGatewaySessionController(gatewayUrl))
                .setCompression(compression)
                .setEnableShutdownHook(false) // each test shuts it down; hooks would pile up in the test JVM
                .addEventListeners(this)
                .build();
    }

    /**
     * Starts logging in to a Discord at these URLs (a fake in another process, for the soak benchmark) and
     * returns at once.
     */
    public static BaselineBot connect(String token, String restBaseUrl, String gatewayUrl) {
        return new BaselineBot(token, restBaseUrl, gatewayUrl, Compression.ZLIB);
    }

    /**
     * As {@link #connect(String, String, String)}, registering these commands instead of its own two: those
     * another bot registered ({@link #commandsFrom}), for a start-up that sends the same.
     */
    public static BaselineBot connect(String token, String restBaseUrl, String gatewayUrl, List<CommandData> commands) {
        return new BaselineBot(token, restBaseUrl, gatewayUrl, Compression.ZLIB, commands);
    }

    /** Commands as a bot sent them in {@code PUT /applications/{id}/commands}: a JSON array. */
    public static List<CommandData> commandsFrom(String json) {
        DataArray array = DataArray.fromJson(json);
        List<CommandData> commands = new ArrayList<>();
        for (int i = 0; i < array.length(); i++) {
            commands.add(CommandData.fromData(array.getObject(i)));
        }
        return commands;
    }

    /** Logs in to the fake and waits until JDA is connected (READY and the server's GUILD_CREATE processed). */
    public static BaselineBot start(FakeDiscord discord, Duration timeout) throws InterruptedException {
        return start(discord, timeout, Compression.ZLIB);
    }

    /** As {@link #start(FakeDiscord, Duration)}, with a gateway transport compression other than JDA's default. */
    static BaselineBot start(FakeDiscord discord, Duration timeout, Compression compression)
            throws InterruptedException {
        BaselineBot bot = new BaselineBot(discord.token(), discord.restBaseUrl(), discord.gatewayUrl(), compression);
        if (!bot.ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            bot.close();
            throw new IllegalStateException("JDA was not ready within " + timeout + ": " + bot.jda.getStatus());
        }
        return bot;
    }

    public JDA jda() {
        return jda;
    }

    /** Completes with the commands as Discord echoed them. */
    public CompletableFuture<List<Command>> commandsRegistered() {
        return registered;
    }

    @Override
    public void onReady(ReadyEvent event) {
        event.getJDA()
                .updateCommands()
                .addCommands(
                        commands != null
                                ? commands
                                : List.of(
                                        Commands.slash("ping", "Answers at once"),
                                        Commands.slash("character", "Looks up a character")
                                                .addOption(OptionType.STRING, "name", "Who", true, true)))
                .queue(registered::complete, registered::completeExceptionally);
    }

    /** JDA fires ReadyEvent just before it sets CONNECTED: ready means the status, not the event. */
    @Override
    public void onStatusChange(StatusChangeEvent event) {
        if (event.getNewStatus() == JDA.Status.CONNECTED) {
            ready.countDown();
        }
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Recorded recorded = recorded(event);
        if (recorded == null) {
            event.reply(REPLY).queue();
        } else {
            recorded.send(event);
        }
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        Recorded recorded = recorded(event);
        if (recorded == null) {
            event.replyChoice(CHOICE, CHOICE).queue();
        } else {
            recorded.send(event);
        }
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Recorded recorded = recorded(event);
        if (recorded == null) {
            event.editMessage(EDITED).queue();
        } else {
            recorded.send(event);
        }
    }

    // ---- replaying another bot's replies

    /**
     * From now on, answers every interaction of {@code kind} ({@link #kindOf}) with one of these callback bodies
     * ({@code type} and {@code data}, as the fake recorded them), by input ({@link #inputOf} of the interaction each
     * answered): the one for the same input, or else each in turn.
     */
    public void replay(String kind, Map<String, JsonNode> callbacksByInput) {
        replays.put(kind, new Replies(callbacksByInput, false));
    }

    /** As {@link #replay}, sending the recorded bodies byte for byte rather than rebuilt through JDA's builders. */
    public void replayRaw(String kind, Map<String, JsonNode> callbacksByInput) {
        replays.put(kind, new Replies(callbacksByInput, true));
    }

    /**
     * The kind of an interaction, from its INTERACTION_CREATE {@code d}: {@code /name} for a slash command,
     * {@code autocomplete /name}, {@code button a:b} for a button whose id starts {@code a:b:}.
     */
    public static String kindOf(JsonNode interaction) {
        JsonNode data = interaction.path("data");
        return switch (interaction.path("type").asInt()) {
            case Interaction.APPLICATION_COMMAND -> "/" + data.path("name").asText();
            case Interaction.APPLICATION_COMMAND_AUTOCOMPLETE ->
                "autocomplete /" + data.path("name").asText();
            case Interaction.MESSAGE_COMPONENT ->
                "button " + idPrefix(data.path("custom_id").asText());
            default -> "type " + interaction.path("type").asInt();
        };
    }

    /**
     * What a user gave an interaction, from its INTERACTION_CREATE {@code d}: the values of a slash command's options
     * (those of its subcommand), the text being typed for an autocomplete, the id of a button.
     */
    public static String inputOf(JsonNode interaction) {
        JsonNode data = interaction.path("data");
        if (interaction.path("type").asInt() == Interaction.MESSAGE_COMPONENT) {
            return data.path("custom_id").asText();
        }
        JsonNode options = data.path("options");
        while (options.size() > 0 && options.get(0).path("options").isArray()) {
            options = options.get(0).path("options"); // a subcommand (in a group)
        }
        List<String> values = new ArrayList<>();
        for (JsonNode option : options) {
            if (interaction.path("type").asInt() == Interaction.APPLICATION_COMMAND_AUTOCOMPLETE) {
                if (option.path("focused").asBoolean()) {
                    return option.path("value").asText();
                }
            } else {
                values.add(option.path("value").asText());
            }
        }
        return String.join(" ", values);
    }

    private static String idPrefix(String customId) {
        String[] parts = customId.split(":", 3);
        return parts.length < 2 ? parts[0] : parts[0] + ":" + parts[1];
    }

    private Recorded recorded(SlashCommandInteractionEvent event) {
        Replies replies = replays.get("/" + event.getName());
        return replies == null
                ? null
                : replies.pick(String.join(
                        " ",
                        event.getOptions().stream()
                                .map(OptionMapping::getAsString)
                                .toList()));
    }

    private Recorded recorded(CommandAutoCompleteInteractionEvent event) {
        Replies replies = replays.get("autocomplete /" + event.getName());
        return replies == null ? null : replies.pick(event.getFocusedOption().getValue());
    }

    private Recorded recorded(ButtonInteractionEvent event) {
        Replies replies = replays.get("button " + idPrefix(event.getComponentId()));
        return replies == null ? null : replies.pick(event.getComponentId());
    }

    /** The replies of one kind, by input, and which to send next for an input none was recorded for. */
    private static final class Replies {
        private final Map<String, Recorded> byInput = new HashMap<>();
        private final List<Recorded> all = new ArrayList<>();
        private final AtomicInteger next = new AtomicInteger();

        Replies(Map<String, JsonNode> callbacksByInput, boolean raw) {
            callbacksByInput.forEach((input, callback) -> {
                Recorded recorded = raw ? new Raw(callback) : Recorded.rebuilt(callback);
                byInput.put(input, recorded);
                all.add(recorded);
            });
            if (all.isEmpty()) {
                throw new IllegalArgumentException("no replies to replay");
            }
        }

        Recorded pick(String input) {
            Recorded same = byInput.get(input);
            return same != null ? same : all.get(Math.floorMod(next.getAndIncrement(), all.size()));
        }
    }

    /** One recorded callback, ready to send again. */
    private interface Recorded {
        void send(IReplyCallback event);

        void send(CommandAutoCompleteInteractionEvent event);

        void send(ButtonInteractionEvent event);

        static Recorded rebuilt(JsonNode callback) {
            JsonNode data = callback.path("data");
            int flags = data.path("flags").asInt();
            return switch (callback.path("type").asInt()) {
                case MESSAGE -> new Reply(message(data), (flags & EPHEMERAL) != 0);
                case UPDATE -> new Update(edit(data));
                case CHOICES -> new Choices(choices(data));
                case DEFERRED_MESSAGE -> new Deferred(false, (flags & EPHEMERAL) != 0);
                case DEFERRED_UPDATE -> new Deferred(true, false);
                default -> new Raw(callback); // a modal, say: sent as recorded
            };
        }
    }

    private record Reply(MessageCreateData message, boolean ephemeral) implements Recorded {
        @Override
        public void send(IReplyCallback event) {
            event.reply(message).setEphemeral(ephemeral).queue();
        }

        @Override
        public void send(CommandAutoCompleteInteractionEvent event) {
            throw new IllegalStateException("an autocomplete is answered with choices, not a message");
        }

        @Override
        public void send(ButtonInteractionEvent event) {
            send((IReplyCallback) event);
        }
    }

    private record Update(MessageEditData edit) implements Recorded {
        @Override
        public void send(IReplyCallback event) {
            throw new IllegalStateException("only a component's message can be updated");
        }

        @Override
        public void send(CommandAutoCompleteInteractionEvent event) {
            throw new IllegalStateException("an autocomplete is answered with choices, not an update");
        }

        @Override
        public void send(ButtonInteractionEvent event) {
            event.editMessage(edit).queue();
        }
    }

    private record Choices(List<Command.Choice> choices) implements Recorded {
        @Override
        public void send(IReplyCallback event) {
            throw new IllegalStateException("only an autocomplete is answered with choices");
        }

        @Override
        public void send(CommandAutoCompleteInteractionEvent event) {
            event.replyChoices(choices).queue();
        }

        @Override
        public void send(ButtonInteractionEvent event) {
            send((IReplyCallback) event);
        }
    }

    private record Deferred(boolean update, boolean ephemeral) implements Recorded {
        @Override
        public void send(IReplyCallback event) {
            event.deferReply(ephemeral).queue();
        }

        @Override
        public void send(CommandAutoCompleteInteractionEvent event) {
            throw new IllegalStateException("an autocomplete cannot be deferred");
        }

        @Override
        public void send(ButtonInteractionEvent event) {
            if (update) {
                event.deferEdit().queue();
            } else {
                send((IReplyCallback) event);
            }
        }
    }

    /** The recorded body as it was, on JDA's own route for interaction callbacks. */
    private record Raw(byte[] body) implements Recorded {
        private static final MediaType JSON_TYPE = MediaType.get("application/json");

        Raw(JsonNode callback) {
            this(callback.toString().getBytes(StandardCharsets.UTF_8));
        }

        private void post(net.dv8tion.jda.api.interactions.Interaction interaction) {
            new RestActionImpl<Void>(
                            interaction.getJDA(),
                            Route.Interactions.CALLBACK
                                    .compile(interaction.getId(), interaction.getToken())
                                    .withQueryParams("with_response", "true"),
                            RequestBody.create(body, JSON_TYPE))
                    .queue();
        }

        @Override
        public void send(IReplyCallback event) {
            post(event);
        }

        @Override
        public void send(CommandAutoCompleteInteractionEvent event) {
            post(event);
        }

        @Override
        public void send(ButtonInteractionEvent event) {
            post(event);
        }
    }

    private static MessageCreateData message(JsonNode data) {
        MessageCreateBuilder message = new MessageCreateBuilder();
        int flags = data.path("flags").asInt();
        if (data.path("content").isTextual()) {
            message.setContent(data.path("content").asText());
        }
        message.setEmbeds(embeds(data));
        message.useComponentsV2((flags & COMPONENTS_V2) != 0);
        message.setComponents(components(data));
        message.setTTS(data.path("tts").asBoolean());
        message.setSuppressEmbeds((flags & SUPPRESS_EMBEDS) != 0);
        message.setSuppressedNotifications((flags & SUPPRESS_NOTIFICATIONS) != 0);
        JsonNode mentions = data.path("allowed_mentions");
        if (mentions.isObject()) {
            message.setAllowedMentions(mentionTypes(mentions));
            message.mentionUsers(texts(mentions.path("users")));
            message.mentionRoles(texts(mentions.path("roles")));
            message.mentionRepliedUser(mentions.path("replied_user").asBoolean(true));
        }
        return message.build();
    }

    private static MessageEditData edit(JsonNode data) {
        MessageEditBuilder edit = new MessageEditBuilder();
        int flags = data.path("flags").asInt();
        if (data.path("content").isTextual()) {
            edit.setContent(data.path("content").asText());
        }
        if (data.has("embeds")) {
            edit.setEmbeds(embeds(data));
        }
        if (data.has("components")) {
            edit.useComponentsV2((flags & COMPONENTS_V2) != 0);
            edit.setComponents(components(data));
        }
        JsonNode mentions = data.path("allowed_mentions");
        if (mentions.isObject()) {
            edit.setAllowedMentions(mentionTypes(mentions));
            edit.mentionUsers(texts(mentions.path("users")));
            edit.mentionRoles(texts(mentions.path("roles")));
            edit.mentionRepliedUser(mentions.path("replied_user").asBoolean(true));
        }
        return edit.build();
    }

    private static List<MessageEmbed> embeds(JsonNode data) {
        List<MessageEmbed> embeds = new ArrayList<>();
        for (JsonNode embed : data.path("embeds")) {
            embeds.add(
                    EmbedBuilder.fromData(DataObject.fromJson(embed.toString())).build());
        }
        return embeds;
    }

    private static List<MessageTopLevelComponentUnion> components(JsonNode data) {
        JsonNode components = data.path("components");
        if (!components.isArray() || components.isEmpty()) {
            return List.of();
        }
        return new ComponentDeserializer(List.of())
                .deserializeAs(MessageTopLevelComponentUnion.class, DataArray.fromJson(components.toString()))
                .toList();
    }

    private static List<Command.Choice> choices(JsonNode data) {
        List<Command.Choice> choices = new ArrayList<>();
        for (JsonNode choice : data.path("choices")) {
            choices.add(new Command.Choice(DataObject.fromJson(choice.toString())));
        }
        return choices;
    }

    private static EnumSet<net.dv8tion.jda.api.entities.Message.MentionType> mentionTypes(JsonNode mentions) {
        EnumSet<net.dv8tion.jda.api.entities.Message.MentionType> types =
                EnumSet.noneOf(net.dv8tion.jda.api.entities.Message.MentionType.class);
        for (JsonNode parse : mentions.path("parse")) {
            for (var type : net.dv8tion.jda.api.entities.Message.MentionType.values()) {
                if (parse.asText().equals(type.getParseKey())) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }

    /**
     * Shuts JDA down. The command registration it starts on login is the one request it makes by itself: that is
     * let finish first, then JDA shuts down gracefully (requests in flight end instead of being interrupted), then
     * {@code shutdownNow()} for whatever is left.
     */
    @Override
    public void close() {
        try {
            registered.handle((commands, error) -> null).get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // shut down all the same
        }
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(Duration.ofSeconds(2))) {
                jda.shutdownNow();
                jda.awaitShutdown(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            jda.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
