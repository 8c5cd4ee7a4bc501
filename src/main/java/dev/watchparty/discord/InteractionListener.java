package dev.watchparty.discord;

import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.ComponentResponse;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.Place;
import dev.watchparty.reply.Reply;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin Discord adapter: turns JDA's interaction events into core requests, and core replies into JDA
 * responses. Work runs on a worker pool, never on JDA's gateway thread; if it is not done by the deadline,
 * the interaction is deferred so Discord's 3-second window is always met, and the answer follows.
 */
final class InteractionListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);
    static final String RESTARTING = "I'm restarting right now; please try again in a minute.";

    private final CommandRouter router;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final Duration deferAfter;
    private final InFlight inFlight = new InFlight();
    private final AtomicBoolean accepting = new AtomicBoolean(true);

    InteractionListener(CommandRouter router, ExecutorService workers, ScheduledExecutorService timers,
            Duration deferAfter) {
        this.router = router;
        this.workers = workers;
        this.timers = timers;
        this.deferAfter = deferAfter;
    }

    /** Stops taking new work; what is in flight still gets its answer. */
    void stopAccepting() {
        accepting.set(false);
    }

    boolean awaitIdle(Duration timeout) throws InterruptedException {
        return inFlight.awaitIdle(timeout);
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (refuseWhileStopping(event)) {
            return;
        }
        Map<String, Object> options = new HashMap<>();
        for (OptionMapping option : event.getOptions()) {
            options.put(option.getName(), switch (option.getType()) {
                case BOOLEAN -> option.getAsBoolean();
                case INTEGER -> option.getAsLong();
                case USER -> option.getAsUser().getId();
                default -> option.getAsString();
            });
        }
        CommandRequest request = new CommandRequest(event.getName(), event.getSubcommandName(), options,
                invoker(event), place(event));
        respond(() -> router.execute(request), new Responder() {
            @Override
            public void answer(Reply reply, Runnable done) {
                event.reply(JdaReplies.create(reply)).setEphemeral(reply.ephemeral()).queue(ok -> done.run(), failed(event, done));
            }

            @Override
            public void defer() {
                event.deferReply(true).queue(null, failed(event, () -> { }));
            }

            @Override
            public void answerDeferred(Reply reply, Runnable done) {
                if (reply.ephemeral()) {
                    event.getHook().editOriginal(JdaReplies.edit(reply)).queue(ok -> done.run(), failed(event, done));
                } else {
                    // a deferred ephemeral "thinking" cannot turn public: say so there, and post the reply below
                    event.getHook().editOriginal("Done: posted below.").queue(null, failed(event, () -> { }));
                    event.getHook().sendMessage(JdaReplies.create(reply)).setEphemeral(false)
                            .queue(ok -> done.run(), failed(event, done));
                }
            }
        });
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!accepting.get()) {
            event.replyChoices(List.of()).queue();
            return;
        }
        Map<String, Object> others = new HashMap<>();
        event.getOptions().forEach(option -> others.put(option.getName(), option.getAsString()));
        AutocompleteRequest request = new AutocompleteRequest(event.getName(), event.getSubcommandName(),
                event.getFocusedOption().getName(), event.getFocusedOption().getValue(), others, invoker(event),
                place(event));
        inFlight.start();
        CompletableFuture.supplyAsync(() -> router.autocomplete(request), workers)
                .whenComplete((choices, error) -> event.replyChoices(error != null ? List.of() : choices.stream()
                                .map(choice -> new Command.Choice(choice.name(), choice.value())).toList())
                        .queue(ok -> inFlight.end(), failed(event, inFlight::end)));
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
        ComponentRequest request = new ComponentRequest(event.getComponentId(), selected, invoker(event), place(event));
        CompletableFuture<ComponentResponse> response = new CompletableFuture<>();
        respond(() -> {
            ComponentResponse result = router.component(request);
            response.complete(result);
            return result.reply();
        }, new Responder() {
            @Override
            public void answer(Reply reply, Runnable done) {
                if (response.join().updatesMessage()) {
                    event.editMessage(JdaReplies.edit(reply)).queue(ok -> done.run(), failed(event, done));
                } else {
                    event.reply(JdaReplies.create(reply)).setEphemeral(reply.ephemeral()).queue(ok -> done.run(), failed(event, done));
                }
            }

            @Override
            public void defer() {
                event.deferEdit().queue(null, failed(event, () -> { }));
            }

            @Override
            public void answerDeferred(Reply reply, Runnable done) {
                if (response.join().updatesMessage()) {
                    event.getHook().editOriginal(JdaReplies.edit(reply)).queue(ok -> done.run(), failed(event, done));
                } else {
                    event.getHook().sendMessage(JdaReplies.create(reply)).setEphemeral(reply.ephemeral())
                            .queue(ok -> done.run(), failed(event, done));
                }
            }
        });
    }

    /** How one kind of interaction is answered: at once, or after a deferral. */
    private interface Responder {
        void answer(Reply reply, Runnable done);

        void defer();

        void answerDeferred(Reply reply, Runnable done);
    }

    /**
     * Runs the work off the gateway thread and acknowledges exactly once: with the answer if it is ready before
     * the deadline, else with a deferral first and the answer when it comes.
     */
    private void respond(Supplier<Reply> work, Responder responder) {
        inFlight.start();
        AtomicBoolean acknowledged = new AtomicBoolean(false);
        ScheduledFuture<?> deadline = timers.schedule(() -> {
            if (acknowledged.compareAndSet(false, true)) {
                responder.defer();
            }
        }, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
        CompletableFuture.supplyAsync(work, workers).whenComplete((reply, error) -> {
            Reply answer = error == null ? reply
                    : Reply.notice("Sorry, something went wrong on my side. Please try again in a moment.");
            if (error != null) {
                log.error("an interaction failed outside the router", error);
            }
            if (acknowledged.compareAndSet(false, true)) {
                deadline.cancel(false);
                responder.answer(answer, inFlight::end);
            } else {
                responder.answerDeferred(answer, inFlight::end);
            }
        });
    }

    private boolean refuseWhileStopping(IReplyCallback event) {
        if (accepting.get()) {
            return false;
        }
        event.reply(RESTARTING).setEphemeral(true).setAllowedMentions(List.of()).queue();
        return true;
    }

    private static Consumer<Throwable> failed(Interaction interaction, Runnable done) {
        return error -> {
            log.warn("answering interaction {} failed: {}", interaction.getId(), error.toString());
            done.run();
        };
    }

    private static Invoker invoker(Interaction interaction) {
        Member member = interaction.getMember();
        String name = member != null ? member.getEffectiveName() : interaction.getUser().getEffectiveName();
        return new Invoker(interaction.getUser().getId(), name);
    }

    private static Place place(Interaction interaction) {
        String channelId = interaction.getChannelId() == null ? "dm-" + interaction.getUser().getId()
                : interaction.getChannelId();
        boolean shared = interaction.getContext() != InteractionContextType.BOT_DM;
        String guildId = interaction.getGuild() == null ? null : interaction.getGuild().getId();
        return new Place(guildId, channelId, shared, powers(interaction));
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
