package dev.watchparty.e2e;

import dev.watchparty.discord.fake.FakeDiscord;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Our bot as a process of its own ({@code dev.watchparty.Main} on this JVM's class path, as the jar runs it) on a
 * fake Discord: for what only a real process shows, a SIGKILL or its memory.
 */
public final class BotProcess {

    private BotProcess() {}

    /**
     * Writes {@code watchparty.yaml} into {@code folder}: the shipped packs, a database in that folder, the health
     * endpoint off, and this pause between trivia questions.
     */
    public static Path writeConfig(Path folder, int triviaPauseSeconds) throws IOException {
        return writeConfig(folder, triviaPauseSeconds, null);
    }

    /** The same, on the PostgreSQL database at {@code storageUrl} instead of a file, when it is not null. */
    public static Path writeConfig(Path folder, int triviaPauseSeconds, String storageUrl) throws IOException {
        return writeConfig(folder, Path.of("seeds"), "tiny-pretty-things", triviaPauseSeconds, storageUrl);
    }

    /** The same with the packs in {@code packs}, whose show {@code defaultShow} is the one commands default to. */
    public static Path writeConfig(
            Path folder, Path packs, String defaultShow, int triviaPauseSeconds, String storageUrl) throws IOException {
        Path config = folder.resolve("watchparty.yaml");
        Files.writeString(
                config,
                """
                packs:
                  directory: "%s"
                  defaultShow: %s
                storage:
                  database: "%s"%s
                discord:
                  shardsTotal: 0
                  owners: []
                health:
                  bind: 127.0.0.1
                  port: 0
                trivia:
                  pauseSeconds: %d
                party:
                  idleHours: 6
                """.formatted(
                                yamlPath(packs.toAbsolutePath()),
                                defaultShow,
                                yamlPath(folder.resolve("bot.db").toAbsolutePath()),
                                storageUrl == null ? "" : "\n  url: \"" + storageUrl + "\"",
                                triviaPauseSeconds),
                StandardCharsets.UTF_8);
        return config;
    }

    /**
     * Starts the bot with these JVM flags and config against the fake, its output going to {@code log}. The
     * environment is this one's, less anything that would point the bot elsewhere or change its JVM.
     */
    public static Process start(FakeDiscord discord, List<String> jvmFlags, Path config, Path log, String logLevel)
            throws IOException {
        return launch(
                discord,
                jvmFlags,
                List.of("dev.watchparty.Main", "--config", config.toString()),
                log,
                Map.of("WATCHPARTY_LOG_LEVEL", logLevel));
    }

    /** Starts any main class on this JVM's class path the same way, with the fake's token and URLs in its environment. */
    public static Process launch(
            FakeDiscord discord,
            List<String> jvmFlags,
            List<String> mainAndArguments,
            Path log,
            Map<String, String> extraEnvironment)
            throws IOException {
        return launch(
                discord, jvmFlags, System.getProperty("java.class.path"), mainAndArguments, log, extraEnvironment);
    }

    /** The same on another class path (the benchmark's jars, which an AOT cache needs). */
    public static Process launch(
            FakeDiscord discord,
            List<String> jvmFlags,
            String classPath,
            List<String> mainAndArguments,
            Path log,
            Map<String, String> extraEnvironment)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(classPath);
        command.addAll(mainAndArguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment
                .keySet()
                .removeIf(name -> name.startsWith("DISCORD_")
                        || name.startsWith("WATCHPARTY_")
                        || name.startsWith("BASELINE_")
                        || name.equals("JAVA_TOOL_OPTIONS")
                        || name.equals("JDK_JAVA_OPTIONS")
                        || name.equals("_JAVA_OPTIONS"));
        environment.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
        environment.put("DISCORD_REST_BASE_URL", discord.restBaseUrl());
        environment.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
        environment.putAll(extraEnvironment);
        return builder.start();
    }

    public static String yamlPath(Path path) {
        return path.toString().replace(File.separatorChar, '/').replace("\"", "\\\"");
    }
}
