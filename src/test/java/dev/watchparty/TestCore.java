package dev.watchparty;

import dev.watchparty.command.CommandRouter;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.reply.RecordingMessenger;
import dev.watchparty.schedule.ManualScheduler;
import dev.watchparty.storage.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The real core over one pack, for tests: an in-memory database, hand-driven time, and a channel that records
 * what the bot posts. "owner" is its operator.
 */
public record TestCore(BotCore core, Database database, ManualScheduler time, RecordingMessenger channel)
        implements AutoCloseable {

    public static final String OWNER_ID = "owner";
    public static final Instant START = Instant.parse("2026-11-22T12:00:00Z");
    public static final Duration TRIVIA_PAUSE = Duration.ofSeconds(5);
    public static final Duration PARTY_IDLE = Duration.ofHours(6);

    public static TestCore forPack(ContentPack pack) {
        return forPack(pack, new RecordingMessenger());
    }

    public static TestCore forPack(ContentPack pack, RecordingMessenger channel) {
        return forPacks(List.of(pack), channel);
    }

    /** The core with several shows loaded, the first the default: commands then take a {@code show:} option. */
    public static TestCore forPacks(List<ContentPack> packs, RecordingMessenger channel) {
        Database database = Database.inMemory();
        ManualScheduler time = new ManualScheduler(START);
        String defaultShow = packs.get(0).id();
        PackLibrary library = new PackLibrary(packs, defaultShow);
        BotCore core = BotCore.assemble(
                library,
                new PackReloader(library, TestPacks.TEST_PACKS, defaultShow),
                new BotCore.Environment(
                        Stores.on(database, time.clock), time.clock, time, channel, channel, Set.of(OWNER_ID)),
                new BotCore.Timing(TRIVIA_PAUSE, PARTY_IDLE),
                new Random(42));
        return new TestCore(core, database, time, channel);
    }

    public CommandRouter router() {
        return core.router();
    }

    public Stores stores() {
        return core.stores();
    }

    public ChannelMessenger messenger() {
        return channel;
    }

    @Override
    public void close() {
        database.close();
    }
}
