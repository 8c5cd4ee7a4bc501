package dev.watchparty.wrap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.ComponentId;
import dev.watchparty.command.EpisodeOption;
import dev.watchparty.command.MessageCommand;
import dev.watchparty.command.MessageCommandRequest;
import dev.watchparty.command.MessageCommandResponse;
import dev.watchparty.command.ModalRequest;
import dev.watchparty.command.Place;
import dev.watchparty.command.Readers;
import dev.watchparty.command.TargetMessage;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.reply.DiscordLimits;
import dev.watchparty.reply.FileCopy;
import dev.watchparty.reply.Modal;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import dev.watchparty.reply.UserInputException;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.spoiler.SpoilerRenderer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Spoiler-wrap", on a message's Apps menu: a member hides a message that spoils an episode. The bot asks which
 * episode in a modal (whose title and label name none: a modal shows no spoiler tags), then reposts the text
 * escaped and tagged whole, labelled with the episode's code alone and the author's name ({@code S1E7 spoiler from
 * @Ana: ||…||}), sends its files again as spoilers, and removes the original where it may. A member may wrap their
 * own messages, and anyone's with Manage Messages. The message waits in memory while the modal is open: a restart,
 * or {@link #WAITS_FOR} without an answer, and it must be wrapped again.
 */
public final class SpoilerWrapCommand implements MessageCommand {

    public static final String NAME = "Spoiler-wrap";
    static final String EPISODE = "episode";
    static final Duration WAITS_FOR = Duration.ofMinutes(15);
    static final String SPOILER_FILE = "SPOILER_";

    private static final Logger log = LoggerFactory.getLogger(SpoilerWrapCommand.class);
    private static final Duration DISCORD_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_WAITING = 10_000;

    /** A message a member chose to wrap, waiting for the episode it spoils. */
    private record Waiting(TargetMessage target, String requesterId, String channelId) {}

    private final Readers readers;
    private final ChannelMessenger messenger;
    private final Cache<String, Waiting> waiting;

    public SpoilerWrapCommand(Readers readers, ChannelMessenger messenger, Clock clock) {
        this.readers = readers;
        this.messenger = messenger;
        this.waiting = Caffeine.newBuilder()
                .expireAfterWrite(WAITS_FOR)
                .maximumSize(MAX_WAITING)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.onMessages(NAME, WrapText.ABOUT);
    }

    @Override
    public MessageCommandResponse onMessage(MessageCommandRequest request) {
        Place place = request.place();
        TargetMessage target = request.target();
        if (place.guildId() == null || !place.shared()) {
            throw new UserInputException(WrapText.SERVER_CHANNELS_ONLY);
        }
        if (!target.author().userId().equals(request.invoker().userId()) && !place.can(Place.Power.MANAGE_MESSAGES)) {
            throw new UserInputException(WrapText.OWN_MESSAGES_ONLY);
        }
        if (target.text().isBlank() && target.files().isEmpty()) {
            throw new UserInputException(WrapText.NOTHING_TO_WRAP);
        }
        if (!messenger.canPost(place.channelId())) {
            throw new UserInputException(WrapText.CANNOT_POST);
        }
        String key = UUID.randomUUID().toString().replace("-", "");
        waiting.put(key, new Waiting(target, request.invoker().userId(), place.channelId()));
        Locale locale = request.invoker().locale();
        return MessageCommandResponse.ask(new Modal(
                ComponentId.of(NAME, EPISODE, key).encode(),
                Texts.format(locale, WrapText.MODAL_TITLE),
                List.of(new Modal.TextInput(
                        EPISODE,
                        Texts.format(locale, WrapText.MODAL_LABEL),
                        Texts.format(locale, WrapText.MODAL_PLACEHOLDER),
                        100))));
    }

    @Override
    public Reply onModal(ModalRequest request) {
        ComponentId id = request.id();
        if (!id.is(EPISODE, 1)) {
            throw UserInputException.staleForm();
        }
        Waiting wrap = waiting.getIfPresent(id.argument(0));
        if (wrap == null || !wrap.requesterId().equals(request.invoker().userId())) {
            throw new UserInputException(WrapText.EXPIRED);
        }
        Catalog catalog = readers.library().defaultCatalog();
        SpoilerLevel episode = EpisodeOption.episode(
                        catalog, request.value(EPISODE).orElse(""), readers.progressOf(request.invoker(), catalog))
                .code();
        TargetMessage target = wrap.target();
        Locale locale = request.invoker().locale();
        // the repost stays in the channel for everyone, so its label is in the server's language
        String label = Texts.format(
                request.place().language(),
                WrapText.LABEL,
                episode.toString(),
                Markdown.escape("@" + target.author().displayName()));
        List<String> messages = messages(label, target.text());
        List<FileCopy> files = target.files().stream()
                .map(file -> new FileCopy(file.url(), spoilerName(file.name())))
                .toList();
        try {
            for (int i = 0; i < messages.size(); i++) {
                await(messenger.repost(wrap.channelId(), messages.get(i), i == 0 ? files : List.of()));
            }
        } catch (ExecutionException | TimeoutException e) {
            log.warn("reposting message {} in {} failed: {}", target.id(), wrap.channelId(), e.toString());
            throw new UserInputException(WrapText.REPOST_FAILED);
        }
        waiting.invalidate(id.argument(0));
        String code = episode.toString();
        try {
            WrapText outcome = switch (await(messenger.remove(wrap.channelId(), target.id()))) {
                case REMOVED -> WrapText.REMOVED;
                case ALREADY_GONE -> WrapText.ALREADY_GONE;
                case NOT_ALLOWED -> WrapText.NOT_ALLOWED;
            };
            return Reply.notice(Texts.format(locale, outcome, code));
        } catch (ExecutionException | TimeoutException e) {
            log.warn("removing message {} in {} failed: {}", target.id(), wrap.channelId(), e.toString());
            return Reply.notice(Texts.format(locale, WrapText.REMOVE_FAILED, code));
        }
    }

    /**
     * The repost: the label and the text tagged whole, in as few messages as Discord's length allows; no tag ever
     * spans two of them. A message of files alone is the label.
     */
    private static List<String> messages(String label, String text) {
        if (text.isBlank()) {
            return List.of(label + ":");
        }
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String block : SpoilerRenderer.tagged(text, label)) {
            if (!current.isEmpty() && current.length() + 1 + block.length() > DiscordLimits.CONTENT) {
                messages.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : "\n").append(block);
        }
        messages.add(current.toString());
        return messages;
    }

    private static String spoilerName(String fileName) {
        return fileName.toUpperCase(Locale.ROOT).startsWith(SPOILER_FILE) ? fileName : SPOILER_FILE + fileName;
    }

    /** Discord's answer to one request; the interaction was deferred meanwhile, so waiting costs nothing. */
    private static <T> T await(Future<T> discord) throws ExecutionException, TimeoutException {
        try {
            return discord.get(DISCORD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Discord", e);
        }
    }
}
