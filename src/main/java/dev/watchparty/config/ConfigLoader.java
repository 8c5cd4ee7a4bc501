package dev.watchparty.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the config file strictly: an unknown or misspelled key is an error, not a silent default. */
public final class ConfigLoader {

    public static final Path DEFAULT_PATH = Path.of("config", "watchparty.yaml");
    public static final String PATH_VARIABLE = "WATCHPARTY_CONFIG";

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

    public static AppConfig load(Path path) throws ConfigException {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("config file not found: " + path.toAbsolutePath() + " (set " + PATH_VARIABLE
                    + " or pass --config)");
        }
        try {
            return YAML.readValue(path.toFile(), AppConfig.class);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("cannot read config " + path + ": " + e.getMessage());
        }
    }

    public static final class ConfigException extends Exception {
        public ConfigException(String message) {
            super(message);
        }
    }
}
