package dev.watchparty.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The application's settings, read from {@code config/watchparty.yaml}; each group is a record of its own so
 * that no part of the bot sees more settings than it uses. Secrets never live here: the Discord token
 * comes from the environment only.
 */
public record AppConfig(Packs packs) {

    /** Where the content packs are, and which show commands use when none is named. */
    public record Packs(Path directory, String defaultShow) {
        public Packs {
            Objects.requireNonNull(directory, "packs.directory");
        }
    }

    public AppConfig {
        Objects.requireNonNull(packs, "packs");
    }
}
