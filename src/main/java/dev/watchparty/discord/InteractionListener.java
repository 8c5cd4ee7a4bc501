package dev.watchparty.discord;

import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.ComponentId;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.ComponentResponse;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.MessageCommandRequest;
import dev.watchparty.command.MessageCommandResponse;
import dev.watchparty.command.ModalRequest;
import dev.watchparty.command.Place;
import dev.watchparty.command.TargetMessage;
import dev.watchparty.reply.Modal;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.GenericInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IModalCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.CommandInteractionPayload;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import net.dv8tion.jda.api.interactions.modals.ModalInteraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin Discord adapter: turns JDA's interaction events into core requests, and core replies into JDA
 * responses. JDA's event thread only hands each interaction over: the core runs on a virtual thread of its
 * own, since it may wait for the database, so one slow interaction never holds up those behind it. A timer
 * defers any interaction not answered in time, counted from the interaction's creation (its snowflake), so
 * one that waited in a queue is still deferred within Discord's 3 seconds. What one user or one server can
 * have in flight at once is bounded; past that, the interaction gets a polite refusal at once. Each step (received,
 * deferred, acknowledged or not, refused, failed inside) is counted in {@link BotMetrics}, which never blocks.
 */
final class InteractionListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);
    static final int MAX_IN_FLIGHT_PER_USER = 4;
    static final int MAX_IN_FLIGHT_PER_SERVER = 64;
    private static final Runnable NOTHING = () -> {};

    /** Completed once the core is built: JDA logs in meanwhile, so a start does both at once. */
    private final CompletableFuture<CommandRouter> router;
    /** The names of the commands the router knows: the only ones a metric tag may hold. */
    private final CompletableFuture<Set<String>> commandNames;

    private final BotMetrics metrics;

    private final ScheduledExecutorService timers;
    private final Duration deferAfter;
    private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
    private final InFlight inFlight = new InFlight();
    private final Admission admission = new Admission(MAX_IN_FLIGHT_PER_USER, MAX_IN_FLIGHT_PER_SERVER);
    private final AtomicBoolean accepting = new AtomicBoolean(true);

    InteractionListener(
            CompletableFuture<CommandRouter> router,
            ScheduledExecutorService timers,
            Duration deferAfter,
            BotMetrics metrics) {
        this.router = router;
        this.commandNames = router.thenApply(
                ready -> ready.specs().stream().map(CommandSpec::name).collect(Collectors.toUnmodifiableSet()));
        this.timers = timers;
        this.deferAfter = deferAfter;
        this.metrics = metrics;
        metrics.watchInFlight(inFlight::count);
    }

    /** After every reply in flight went out: no more work runs. */
    void close() {
        work.shutdownNow();
    }

    /** Stops taking new work; what is in flight still gets its answer. */
    void stopAccepting() {
        accepting.set(false);
    }

    int inFlightCount() {
        return inFlight.count();
    }

    boolean awaitIdle(Duration timeout) throws InterruptedException {
        return inFlight.awaitIdle(timeout);
    }

    /**
     * Counts every interaction, of whatever kind, by the command it belongs to. The names are known once the core
     * is built; until then the count waits for it (a counter, on whichever thread completes the core).
     */
    @Override
    public void onGenericInteractionCreate(GenericInteractionCreateEvent event) {
        Interaction interaction = event.getInteraction();
        String command = switch (interaction) {
            case CommandInteractionPayload payload -> payload.getName();
            case ComponentInteraction component ->
                ComponentId.parse(component.getComponentId())
                        .map(ComponentId::owner)
                        .orElse(null);
            case ModalInteraction modal ->
                ComponentId.parse(modal.getModalId()).map(ComponentId::owner).orElse(null);
            default -> null;
        };
        commandNames.thenAccept(names -> metrics.received(interaction, command, names));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (refuseWhileStopping(event)) {
            return;
        }
        // in the first moments after a start the core may still be loading: the deadline timer defers meanwhile
        respond(event, new Responder(event), () -> Answer.of(router.join().execute(commandRequest(event))));
    }

    private static CommandRequest commandRequest(SlashCommandInteractionEvent event) {
        Map<String, Object> options = new HashMap<>();
        for (OptionMapping option : event.getOptions()) {
            options.put(
                    option.getName(),
                    switch (option.getType()) {
                        case BOOLEAN -> option.getAsBoolean();
                        case INTEGER -> option.getAsLong();
                        case USER -> named(option);
                        default -> option.getAsString();
                    });
        }
        return new CommandRequest(event.getName(), event.getSubcommandName(), options, invoker(event), place(event));
    }

    /** The user an option names, by the name the server shows for them where it is a member's. */
    private static Invoker named(OptionMapping option) {
        User user = option.getAsUser();
        Member member = option.getAsMember();
        return new Invoker(user.getId(), member != null ? member.getEffectiveName() : user.getEffectiveName());
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!accepting.get()) {
            metrics.restarting(event);
            event.replyChoices(List.of()).queue(acknowledged(event, NOTHING), ackFailed(event, NOTHING));
            return;
        }
        inFlight.start();
        // suggestions cannot be deferred: if the core cannot answer in time (the database busy), none beats late
        CompletableFuture.supplyAsync(() -> metrics.attributing(event, () -> suggestions(event)), work)
                .completeOnTimeout(List.of(), untilDeadline(event), TimeUnit.MILLISECONDS)
                .thenAccept(choices -> {
                    try {
                        event.replyChoices(choices)
                                .queue(acknowledged(event, inFlight::end), ackFailed(event, inFlight::end));
                    } catch (RuntimeException e) {
                        // choices JDA refuses for this option (a forged type): an empty list is always accepted
                        log.warn("answering autocomplete {} failed: {}", event.getId(), e.toString());
                        try {
                            event.replyChoices(List.of())
                                    .queue(acknowledged(event, inFlight::end), ackFailed(event, inFlight::end));
                        } catch (RuntimeException again) {
                            log.warn("autocomplete {} cannot be answered: {}", event.getId(), again.toString());
                            metrics.acknowledgementFailed(event, again);
                            inFlight.end();
                        }
                    }
                });
    }

    private List<Command.Choice> suggestions(CommandAutoCompleteInteractionEvent event) {
        CommandRouter ready = router.getNow(null); // while the core loads there is nothing to suggest
        if (ready == null) {
            return List.of();
        }
        try {
            return ready.autocomplete(autocompleteRequest(event)).stream()
                    .map(choice -> new Command.Choice(choice.name(), choice.value()))
                    .toList();
        } catch (RuntimeException e) {
            // a forged or malformed request (JDA throws reading it): no suggestions, never no answer
            log.warn("autocomplete {} could not be read: {}", event.getId(), e.toString());
            return List.of();
        }
    }

    private static AutocompleteRequest autocompleteRequest(CommandAutoCompleteInteractionEvent event) {
        Map<String, Object> others = new HashMap<>();
        event.getOptions().forEach(option -> others.put(option.getName(), option.getAsString()));
        return new AutocompleteRequest(
                event.getName(),
                event.getSubcommandName(),
                event.getFocusedOption().getName(),
                event.getFocusedOption().getValue(),
                others,
                invoker(event),
                place(event));
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        onComponent(event, List.of());
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        onComponent(event, event.getValues());
    }

    private void onComponent(GenericComponentInteractionCreateEvent event, List<String> selected) {
        if (refuseWhileStopping(event)) {
            return;
        }
        respond(
                event,
                new Responder(event),
                () -> Answer.of(router.join()
                        .component(
                                new ComponentRequest(event.getComponentId(), selected, invoker(event), place(event)))));
    }

    /**
     * A message's Apps menu: the message comes with the interaction (Discord resolves it), so reading its text needs
     * no privileged intent. The command answers, or asks with a modal, which must be the first answer: it cannot
     * follow a deferral.
     */
    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        if (refuseWhileStopping(event)) {
            return;
        }
        respond(
                event,
                new Responder(event),
                () -> Answer.of(router.join()
                        .messageCommand(new MessageCommandRequest(
                                event.getName(), target(event.getTarget()), invoker(event), place(event)))));
    }

    /** The message as the command sees it: its author by the name the server shows, its text as members read it. */
    private static TargetMessage target(Message message) {
        Member member = message.getMember();
        User author = message.getAuthor();
        return new TargetMessage(
                message.getId(),
                new Invoker(author.getId(), member != null ? member.getEffectiveName() : author.getEffectiveName()),
                message.getContentDisplay(),
                message.getAttachments().stream()
                        .map(file -> new TargetMessage.File(file.getFileName(), file.getUrl()))
                        .toList());
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (refuseWhileStopping(event)) {
            return;
        }
        Map<String, String> values = new HashMap<>();
        event.getValues().forEach(value -> values.put(value.getCustomId(), value.getAsString()));
        respond(
                event,
                new Responder(event),
                () -> Answer.of(router.join()
                        .modal(new ModalRequest(event.getModalId(), values, invoker(event), place(event)))));
    }

    /** What goes back for an interaction: a reply (or an edit of the clicked message), or a modal to fill in. */
    private record Answer(ComponentResponse response, Modal modal) {

        static Answer of(ComponentResponse response) {
            return new Answer(response, null);
        }

        static Answer of(Reply reply) {
            return of(ComponentResponse.reply(reply));
        }

        static Answer of(MessageCommandResponse response) {
            return response.modal() != null ? new Answer(null, response.modal()) : of(response.reply());
        }
    }

    /**
     * Answers one interaction, at once or after the deadline's deferral. A command's answer is a new message; a
     * click's answer either edits the message the component sits on or is a new message, as the core says.
     */
    private final class Responder {

        private final IReplyCallback event;

        Responder(IReplyCallback event) {
            this.event = event;
        }

        /** A click on a button or menu; a modal's submission may edit a message too, but it is no click. */
        private boolean isClick() {
            return event instanceof ComponentInteraction;
        }

        /** Whether the click is on a classic message (say one posted before replies moved to Components V2). */
        private boolean onClassicMessage() {
            return event instanceof ComponentInteraction click
                    && !click.getMessage().isUsingComponentsV2();
        }

        void answer(Answer answer, Runnable done) {
            if (answer.modal() != null && event instanceof IModalCallback asking) {
                asking.replyModal(JdaReplies.modal(answer.modal()))
                        .queue(acknowledged(event, done), ackFailed(event, done));
                return;
            }
            ComponentResponse response = answer.response();
            Reply reply = response.reply();
            if (response.updatesMessage() && event instanceof IMessageEditCallback click) {
                click.editMessage(JdaReplies.edit(reply, onClassicMessage()))
                        .queue(acknowledged(event, done), ackFailed(event, done));
            } else {
                event.reply(JdaReplies.create(reply))
                        .setEphemeral(reply.ephemeral())
                        .queue(acknowledged(event, done), ackFailed(event, done));
            }
        }

        void defer() {
            metrics.deferred(event);
            if (isClick() && event instanceof IMessageEditCallback click) {
                click.deferEdit().queue(acknowledged(event, NOTHING), ackFailed(event, NOTHING));
            } else {
                event.deferReply(true).queue(acknowledged(event, NOTHING), ackFailed(event, NOTHING));
            }
        }

        void answerDeferred(Answer answer, Runnable done) {
            // a modal must be the first answer; after the deferral, the member is asked to try again
            ComponentResponse response = answer.modal() == null
                    ? answer.response()
                    : ComponentResponse.reply(Reply.notice(written(event, DiscordText.TOO_SLOW_FOR_A_FORM)));
            Reply reply = response.reply();
            InteractionHook hook = event.getHook();
            if (response.updatesMessage() || (!isClick() && reply.ephemeral())) {
                hook.editOriginal(JdaReplies.edit(reply, onClassicMessage()))
                        .queue(ok -> done.run(), followupFailed(event, done));
                return;
            }
            if (!isClick()) {
                // a deferred ephemeral "thinking" cannot turn public: say so there, and post the reply below
                hook.editOriginal(written(event, DiscordText.POSTED_BELOW))
                        .queue(
                                null,
                                error -> log.warn(
                                        "marking interaction {} as answered below failed: {}",
                                        event.getId(),
                                        error.toString()));
            }
            hook.sendMessage(JdaReplies.create(reply))
                    .setEphemeral(reply.ephemeral())
                    .queue(ok -> done.run(), followupFailed(event, done));
        }
    }

    /**
     * Hands the work to a virtual thread and acknowledges exactly once: with the answer if it is ready before
     * the deadline, else the deadline's timer has deferred the interaction and the answer follows the deferral.
     * Whatever throws, the interaction is answered (with an apology at worst) and leaves the in-flight count.
     */
    private void respond(IReplyCallback event, Responder responder, Supplier<Answer> task) {
        String user = event.getUser().getId();
        String server = event.getGuild() == null ? null : event.getGuild().getId();
        Admission.Verdict verdict = admission.tryEnter(user, server);
        if (verdict != Admission.Verdict.ADMITTED) {
            metrics.refused(event, verdict);
            event.reply(written(event, DiscordText.BUSY))
                    .setEphemeral(true)
                    .setAllowedMentions(List.of())
                    .queue(acknowledged(event, NOTHING), ackFailed(event, NOTHING));
            return;
        }
        inFlight.start();
        Runnable done = () -> {
            admission.leave(user, server);
            inFlight.end();
        };
        AtomicBoolean acknowledged = new AtomicBoolean(false);
        ScheduledFuture<?> deadline = timers.schedule(
                () -> {
                    if (acknowledged.compareAndSet(false, true)) {
                        responder.defer();
                    }
                },
                untilDeadline(event),
                TimeUnit.MILLISECONDS);
        work.execute(() -> {
            Answer answer;
            try {
                answer = metrics.attributing(event, task);
            } catch (RuntimeException e) {
                log.error("an interaction failed outside the router", e);
                metrics.internalError(event);
                answer = Answer.of(Reply.notice(written(event, DiscordText.FAILED)));
            }
            boolean first = acknowledged.compareAndSet(false, true);
            try {
                if (first) {
                    deadline.cancel(false);
                    responder.answer(answer, done);
                } else {
                    responder.answerDeferred(answer, done);
                }
            } catch (RuntimeException e) {
                log.warn("answering interaction {} failed: {}", event.getId(), e.toString());
                if (first) {
                    metrics.acknowledgementFailed(event, e);
                } else {
                    metrics.followupFailed(event);
                }
                done.run();
            }
        });
    }

    /** Milliseconds left until this interaction must be deferred, counted from its creation time. */
    private long untilDeadline(Interaction interaction) {
        long age = Duration.between(interaction.getTimeCreated().toInstant(), Instant.now())
                .toMillis();
        return Math.max(0, Math.min(deferAfter.toMillis(), deferAfter.toMillis() - age));
    }

    private boolean refuseWhileStopping(IReplyCallback event) {
        if (accepting.get()) {
            return false;
        }
        metrics.restarting(event);
        event.reply(written(event, DiscordText.RESTARTING))
                .setEphemeral(true)
                .setAllowedMentions(List.of())
                .queue(acknowledged(event, NOTHING), ackFailed(event, NOTHING));
        return true;
    }

    /** On Discord accepting an interaction's first answer or deferral: timed, then {@code then}. */
    private Consumer<Object> acknowledged(Interaction interaction, Runnable then) {
        return ok -> {
            metrics.acknowledged(interaction);
            then.run();
        };
    }

    /** On Discord refusing an interaction's first answer or deferral: counted and logged, then {@code then}. */
    private Consumer<Throwable> ackFailed(Interaction interaction, Runnable then) {
        return error -> {
            metrics.acknowledgementFailed(interaction, error);
            log.warn("answering interaction {} failed: {}", interaction.getId(), error.toString());
            then.run();
        };
    }

    /** On the answer after a deferral not going out: counted and logged, then {@code then}. */
    private Consumer<Throwable> followupFailed(Interaction interaction, Runnable then) {
        return error -> {
            metrics.followupFailed(interaction);
            log.warn("answering interaction {} after its deferral failed: {}", interaction.getId(), error.toString());
            then.run();
        };
    }

    private static Invoker invoker(Interaction interaction) {
        Member member = interaction.getMember();
        String name = member != null
                ? member.getEffectiveName()
                : interaction.getUser().getEffectiveName();
        return new Invoker(interaction.getUser().getId(), name, language(interaction.getUserLocale()));
    }

    /** What the adapter itself says to the user of {@code interaction}, in their language. */
    static String written(Interaction interaction, DiscordText text) {
        return Texts.format(language(interaction.getUserLocale()), text);
    }

    /** The language Discord names, or null (English) for one it does not know. */
    private static Locale language(DiscordLocale locale) {
        return locale == null || locale == DiscordLocale.UNKNOWN ? null : locale.toLocale();
    }

    private static Place place(Interaction interaction) {
        String channelId = interaction.getChannelId() == null
                ? "dm-" + interaction.getUser().getId()
                : interaction.getChannelId();
        boolean shared = interaction.getContext() != InteractionContextType.BOT_DM;
        String guildId =
                interaction.getGuild() == null ? null : interaction.getGuild().getId();
        // a guild's locale is its community language; outside a server, posts are read in the requester's
        DiscordLocale language = interaction.isFromGuild() ? interaction.getGuildLocale() : interaction.getUserLocale();
        return new Place(guildId, channelId, shared, powers(interaction), language(language));
    }

    private static Set<Place.Power> powers(Interaction interaction) {
        Member member = interaction.getMember();
        Set<Place.Power> powers = EnumSet.noneOf(Place.Power.class);
        if (member == null || interaction.getGuildChannel() == null) {
            return powers;
        }
        try {
            GuildChannel channel = interaction.getGuildChannel();
            if (member.hasPermission(channel, Permission.MANAGE_CHANNEL)) {
                powers.add(Place.Power.MANAGE_CHANNEL);
            }
            if (member.hasPermission(channel, Permission.MESSAGE_MANAGE)) {
                powers.add(Place.Power.MANAGE_MESSAGES);
            }
            if (member.hasPermission(Permission.MANAGE_EVENTS)) {
                powers.add(Place.Power.MANAGE_EVENTS);
            }
        } catch (RuntimeException e) {
            // a user-installed app in a server without the bot may not know the channel: grant nothing
            log.debug("cannot read permissions of interaction {}", interaction.getId(), e);
        }
        return powers;
    }
}
