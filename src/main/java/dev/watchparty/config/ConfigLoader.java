package dev.watchparty.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the config file strictly: an unknown or misspelled key is an error, not a silent default. */
public final class ConfigLoader {

    public static final Path DEFAULT_PATH = Path.of("config", "watchparty.yaml");
    public static final String PATH_VARIABLE = "WATCHPARTY_CONFIG";
    public static final String SHARDS_TOTAL = "WATCHPARTY_SHARDS_TOTAL";
    public static final String FIRST_SHARD = "WATCHPARTY_FIRST_SHARD";
    public static final String LAST_SHARD = "WATCHPARTY_LAST_SHARD";
    public static final String STORAGE_URL = "WATCHPARTY_STORAGE_URL";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ConfigLoader() {}

    /** The config path: {@code --config} if given, else {@code $WATCHPARTY_CONFIG}, else the default. */
    public static Path choosePath(String fromArguments, String fromEnvironment) {
        if (fromArguments != null) {
            return Path.of(fromArguments);
        }
        return fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_PATH : Path.of(fromEnvironment);
    }

    /** Reads the file, then lets the environment override what differs between processes of one image. */
    public static AppConfig load(Path path, Map<String, String> environment) throws ConfigException {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("config file not found: " + path.toAbsolutePath() + " (set " + PATH_VARIABLE
                    + " or pass --config)");
        }
        AppConfig config;
        try {
            config = YAML.readValue(path.toFile(), AppConfig.class);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("cannot read config " + path + ": " + e.getMessage());
        }
        try {
            return withEnvironment(config, environment);
        } catch (RuntimeException e) {
            throw new ConfigException("config " + path + " with the environment's overrides: " + e.getMessage());
        }
    }

    /**
     * The settings that tell one process of a sharded bot from another, so one image and one config file serve
     * them all: {@value #SHARDS_TOTAL}, {@value #FIRST_SHARD}, {@value #LAST_SHARD} and {@value #STORAGE_URL}.
     */
    static AppConfig withEnvironment(AppConfig config, Map<String, String> environment) {
        AppConfig.Discord discord = config.discord();
        AppConfig.Storage storage = config.storage();
        if (Stream.of(SHARDS_TOTAL, FIRST_SHARD, LAST_SHARD).anyMatch(environment::containsKey)) {
            discord = new AppConfig.Discord(
                    number(environment, SHARDS_TOTAL, discord.shardsTotal()),
                    number(environment, FIRST_SHARD, discord.firstShard()),
                    number(environment, LAST_SHARD, discord.lastShard()),
                    discord.owners(),
                    discord.shutdownGraceSeconds());
        }
        if (environment.containsKey(STORAGE_URL)) {
            storage = new AppConfig.Storage(storage.database(), environment.get(STORAGE_URL), storage.poolSize());
        }
        return new AppConfig(config.packs(), storage, discord, config.health(), config.trivia(), config.party());
    }

    private static Integer number(Map<String, String> environment, String variable, Integer otherwise) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a whole number, not '" + value + "'");
        }
    }

    public static final class ConfigException extends Exception {
        public ConfigException(String message) {
            super(message);
        }
    }
}
