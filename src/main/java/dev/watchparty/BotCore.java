package dev.watchparty;

import dev.watchparty.command.CommandRouter;
import dev.watchparty.command.Commands;
import dev.watchparty.command.Readers;
import dev.watchparty.config.AppConfig;
import dev.watchparty.pack.PackLibrary;
import dev.watchparty.pack.PackLoadException;
import dev.watchparty.pack.PackLoader;
import dev.watchparty.progress.ProgressStore;
import dev.watchparty.spoiler.ChannelLevels;

/** The bot without any front end: packs, stores and the command router, wired once. */
public record BotCore(PackLibrary library, CommandRouter router) {

    public static BotCore start(AppConfig config, ProgressStore progressStore, ChannelLevels channelLevels)
            throws PackLoadException {
        PackLibrary library = new PackLibrary(new PackLoader().loadAll(config.packs().directory()),
                config.packs().defaultShow());
        Readers readers = new Readers(library, progressStore, channelLevels);
        return new BotCore(library, Commands.router(readers, progressStore));
    }
}
