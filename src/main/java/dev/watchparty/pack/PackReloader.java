package dev.watchparty.pack;

import java.nio.file.Path;
import java.util.List;

/** Loads the packs folder again and swaps it in whole; a pack with errors leaves the current packs in place. */
public final class PackReloader {

    private final PackLibrary library;
    private final Path directory;
    private final String defaultShowId;

    public PackReloader(PackLibrary library, Path directory, String defaultShowId) {
        this.library = library;
        this.directory = directory;
        this.defaultShowId = defaultShowId;
    }

    /** Returns the packs now loaded; throws with every error when the folder does not load. */
    public List<ContentPack> reload() throws PackLoadException {
        List<ContentPack> packs = new PackLoader().loadAll(directory);
        try {
            library.replace(packs, defaultShowId);
        } catch (IllegalArgumentException e) {
            throw new PackLoadException(List.of(new PackError(directory, 0, 0, "", e.getMessage())));
        }
        return packs;
    }
}
