package dev.watchparty.discord.fake;

import dev.watchparty.discord.FixedGatewaySessionController;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;

/**
 * The least a JDA bot can do, as the latency baseline for the real bot: bare JDA ({@code createLight}, default
 * intents), a constant answer to every slash command, one constant choice for every autocomplete, and a constant
 * edit of the message for every button. Whatever the real bot takes beyond this is its own doing.
 */
public final class BaselineBot extends ListenerAdapter implements AutoCloseable {

    public static final String REPLY = "baseline reply";
    public static final String CHOICE = "baseline choice";
    public static final String EDITED = "baseline edit";
    /** The commands it registers globally once ready. */
    public static final List<String> COMMANDS = List.of("ping", "character");

    private final CountDownLatch ready = new CountDownLatch(1);
    private final CompletableFuture<List<Command>> registered = new CompletableFuture<>();
    private final JDA jda;

    private BaselineBot(String token, String restBaseUrl, String gatewayUrl, Compression compression) {
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
                        Commands.slash("ping", "Answers at once"),
                        Commands.slash("character", "Looks up a character")
                                .addOption(OptionType.STRING, "name", "Who", true, true))
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
        event.reply(REPLY).queue();
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        event.replyChoice(CHOICE, CHOICE).queue();
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        event.editMessage(EDITED).queue();
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
