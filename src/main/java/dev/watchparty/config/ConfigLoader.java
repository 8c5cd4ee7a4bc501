package dev.watchparty.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the config file strictly: an unknown or misspelled key is an error, not a silent default. */
public final class ConfigLoader {

    public static final Path DEFAULT_PATH = Path.of("config", "watchparty.yaml");
    public static final String PATH_VARIABLE = "WATCHPARTY_CONFIG";
    public static final String SHARDS_TOTAL = "WATCHPARTY_SHARDS_TOTAL";
    public static final String FIRST_SHARD = "WATCHPARTY_FIRST_SHARD";
    public static final String LAST_SHARD = "WATCHPARTY_LAST_SHARD";
    public static final String STORAGE_URL = "WATCHPARTY_STORAGE_URL";
    public static final String OWNERS = "DISCORD_OWNERS";
    public static final String HEALTH_BIND = "WATCHPARTY_HEALTH_BIND";

    /** A Discord user id: a snowflake, written in decimal. */
    private static final Pattern USER_ID = Pattern.compile("[0-9]{1,20}");

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
     * The settings that differ between the processes or containers of one image, so one config file serves them
     * all: the shard range ({@value #SHARDS_TOTAL}, {@value #FIRST_SHARD}, {@value #LAST_SHARD}) and the database
     * ({@value #STORAGE_URL}) override the file; operators in {@value #OWNERS} (user ids, comma-separated) are
     * added to the file's; {@value #HEALTH_BIND} sets where the health endpoint listens, for a probe from outside
     * the container.
     */
    static AppConfig withEnvironment(AppConfig config, Map<String, String> environment) {
        AppConfig.Discord discord = config.discord();
        AppConfig.Storage storage = config.storage();
        AppConfig.Health health = config.health();
        if (Stream.of(SHARDS_TOTAL, FIRST_SHARD, LAST_SHARD, OWNERS).anyMatch(environment::containsKey)) {
            discord = new AppConfig.Discord(
                    number(environment, SHARDS_TOTAL, discord.shardsTotal()),
                    number(environment, FIRST_SHARD, discord.firstShard()),
                    number(environment, LAST_SHARD, discord.lastShard()),
                    owners(discord.owners(), environment.get(OWNERS)),
                    discord.shutdownGraceSeconds());
        }
        if (environment.containsKey(STORAGE_URL)) {
            storage = new AppConfig.Storage(storage.database(), environment.get(STORAGE_URL), storage.poolSize());
        }
        String bind = environment.get(HEALTH_BIND);
        if (bind != null && !bind.isBlank()) {
            health = new AppConfig.Health(bind.strip(), health.port());
        }
        return new AppConfig(config.packs(), storage, discord, health, config.trivia(), config.party());
    }

    /** The file's operators, then those the environment names that the file does not. */
    private static List<String> owners(List<String> fromFile, String fromEnvironment) {
        Set<String> owners = new LinkedHashSet<>(fromFile);
        if (fromEnvironment != null) {
            for (String id : fromEnvironment.split(",")) {
                String owner = id.strip();
                if (owner.isEmpty()) {
                    continue;
                }
                if (!USER_ID.matcher(owner).matches()) {
                    throw new IllegalArgumentException(
                            OWNERS + " must be Discord user ids separated by commas, not '" + owner + "'");
                }
                owners.add(owner);
            }
        }
        return List.copyOf(owners);
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
