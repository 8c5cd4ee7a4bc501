package dev.watchparty;

import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.Commands;
import dev.watchparty.command.Readers;
import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.progress.ProgressStore;
import dev.watchparty.spoiler.ChannelLevelStore;
import java.util.Set;

/** The real command router over one pack, with the given stores; "owner" is its operator. */
public final class TestRouters {

    public static final String OWNER_ID = "owner";

    private TestRouters() {
    }

    public static CommandRouter forPack(ContentPack pack, ProgressStore progress, ChannelLevelStore channelLevels) {
        PackLibrary library = new PackLibrary(java.util.List.of(pack), pack.id());
        Readers readers = new Readers(library, progress, channelLevels);
        PackReloader reloader = new PackReloader(library, TestPacks.TEST_PACKS, pack.id());
        return Commands.router(new Commands.Services(readers, progress, channelLevels, reloader, Set.of(OWNER_ID)));
    }
}
