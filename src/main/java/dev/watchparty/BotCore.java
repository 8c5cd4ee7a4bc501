package dev.watchparty;

import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.Commands;
import dev.watchparty.command.Readers;
import dev.watchparty.config.AppConfig;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.pack.PackLoader;
import dev.watchparty.pack.PackReloader;
import dev.watchparty.progress.ProgressStore;
import dev.watchparty.spoiler.ChannelLevelStore;
import java.util.Set;

/** The bot without any front end: packs, stores and the command router, wired once. */
public record BotCore(PackLibrary library, CommandRouter router) {

    public static BotCore start(AppConfig config, ProgressStore progress, ChannelLevelStore channelLevels,
            Set<String> ownerIds) throws PackLoadException {
        AppConfig.Packs packs = config.packs();
        PackLibrary library = new PackLibrary(new PackLoader().loadAll(packs.directory()), packs.defaultShow());
        Readers readers = new Readers(library, progress, channelLevels);
        PackReloader reloader = new PackReloader(library, packs.directory(), packs.defaultShow());
        return new BotCore(library, Commands.router(new Commands.Services(readers, progress, channelLevels, reloader,
                ownerIds)));
    }
}
