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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin Discord adapter: turns JDA's interaction events into core requests, and core replies into JDA
 * responses. The core answers in well under a millisecond, so it runs right on JDA's event thread (a hand-off
 * to a pool cost more than the work, as the latency benchmark showed); a timer on another thread still defers
 * any interaction not answered by the deadline, so Discord's 3-second window is always met.
 */
final class InteractionListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);
    static final String RESTARTING = "I'm restarting right now; please try again in a minute.";

    /** Completed once the core is built: JDA logs in meanwhile, so a start does both at once. */
    private final CompletableFuture<CommandRouter> router;

    private final ScheduledExecutorService timers;
    private final Duration deferAfter;
    private final InFlight inFlight = new InFlight();
    private final AtomicBoolean accepting = new AtomicBoolean(true);

    InteractionListener(CompletableFuture<CommandRouter> router, ScheduledExecutorService timers, Duration deferAfter) {
        this.router = router;
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
            options.put(
                    option.getName(),
                    switch (option.getType()) {
                        case BOOLEAN -> option.getAsBoolean();
                        case INTEGER -> option.getAsLong();
                        case USER -> option.getAsUser().getId();
                        default -> option.getAsString();
                    });
        }
        CommandRequest request =
                new CommandRequest(event.getName(), event.getSubcommandName(), options, invoker(event), place(event));
        // in the first moments after a start the core may still be loading: the deadline timer defers meanwhile
        respond(() -> ComponentResponse.reply(router.join().execute(request)), new Responder(event));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (!accepting.get()) {
            event.replyChoices(List.of()).queue();
            return;
        }
        Map<String, Object> others = new HashMap<>();
        event.getOptions().forEach(option -> others.put(option.getName(), option.getAsString()));
        AutocompleteRequest request = new AutocompleteRequest(
                event.getName(),
                event.getSubcommandName(),
                event.getFocusedOption().getName(),
                event.getFocusedOption().getValue(),
                others,
                invoker(event),
                place(event));
        CommandRouter ready = router.getNow(null);
        if (ready == null) {
            event.replyChoices(List.of()).queue(); // the core is still loading, and suggestions cannot wait
            return;
        }
        inFlight.start();
        // the router never throws for autocomplete: a failure is logged there and answered with no choices
        event.replyChoices(ready.autocomplete(request).stream()
                        .map(choice -> new Command.Choice(choice.name(), choice.value()))
                        .toList())
                .queue(ok -> inFlight.end(), failed(event, inFlight::end));
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
        respond(() -> router.join().component(request), new Responder(event));
    }

    /**
     * Answers one interaction, at once or after the deadline's deferral. A command's answer is a new message; a
     * click's answer either edits the message the component sits on or is a new message, as the core says.
     */
    private record Responder(IReplyCallback event) {

        private boolean isClick() {
            return event instanceof IMessageEditCallback;
        }

        void answer(ComponentResponse response, Runnable done) {
            Reply reply = response.reply();
            if (response.updatesMessage() && event instanceof IMessageEditCallback click) {
                click.editMessage(JdaReplies.edit(reply)).queue(ok -> done.run(), failed(event, done));
            } else {
                event.reply(JdaReplies.create(reply))
                        .setEphemeral(reply.ephemeral())
                        .queue(ok -> done.run(), failed(event, done));
            }
        }

        void defer() {
            if (event instanceof IMessageEditCallback click) {
                click.deferEdit().queue(null, failed(event, () -> {}));
            } else {
                event.deferReply(true).queue(null, failed(event, () -> {}));
            }
        }

        void answerDeferred(ComponentResponse response, Runnable done) {
            Reply reply = response.reply();
            InteractionHook hook = event.getHook();
            if (response.updatesMessage() || (!isClick() && reply.ephemeral())) {
                hook.editOriginal(JdaReplies.edit(reply)).queue(ok -> done.run(), failed(event, done));
                return;
            }
            if (!isClick()) {
                // a deferred ephemeral "thinking" cannot turn public: say so there, and post the reply below
                hook.editOriginal("Done: posted below.").queue(null, failed(event, () -> {}));
            }
            hook.sendMessage(JdaReplies.create(reply))
                    .setEphemeral(reply.ephemeral())
                    .queue(ok -> done.run(), failed(event, done));
        }
    }

    /**
     * Does the work and acknowledges exactly once: with the answer if it is ready before the deadline, else the
     * deadline's timer has deferred the interaction and the answer follows the deferral.
     */
    private void respond(Supplier<ComponentResponse> work, Responder responder) {
        inFlight.start();
        AtomicBoolean acknowledged = new AtomicBoolean(false);
        ScheduledFuture<?> deadline = timers.schedule(
                () -> {
                    if (acknowledged.compareAndSet(false, true)) {
                        responder.defer();
                    }
                },
                deferAfter.toMillis(),
                TimeUnit.MILLISECONDS);
        ComponentResponse answer;
        try {
            answer = work.get();
        } catch (RuntimeException e) {
            log.error("an interaction failed outside the router", e);
            answer = ComponentResponse.reply(
                    Reply.notice("Sorry, something went wrong on my side. Please try again in a moment."));
        }
        if (acknowledged.compareAndSet(false, true)) {
            deadline.cancel(false);
            responder.answer(answer, inFlight::end);
        } else {
            responder.answerDeferred(answer, inFlight::end);
        }
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
        String name = member != null
                ? member.getEffectiveName()
                : interaction.getUser().getEffectiveName();
        return new Invoker(interaction.getUser().getId(), name);
    }

    private static Place place(Interaction interaction) {
        String channelId = interaction.getChannelId() == null
                ? "dm-" + interaction.getUser().getId()
                : interaction.getChannelId();
        boolean shared = interaction.getContext() != InteractionContextType.BOT_DM;
        String guildId =
                interaction.getGuild() == null ? null : interaction.getGuild().getId();
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
