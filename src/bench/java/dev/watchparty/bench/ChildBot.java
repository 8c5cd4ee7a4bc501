package dev.watchparty.bench;

import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.RecordedRequest;
import dev.watchparty.e2e.BotProcess;
import dev.watchparty.storage.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bot in a JVM of its own, on a fake Discord in the benchmark's JVM (loopback only): our bot
 * ({@code dev.watchparty.Main --config <yaml>}, as the jar runs it) or the bare-JDA baseline ({@link BaselineMain}).
 * Both run from the same class path of jars (the project's classes and test classes packed into jars under
 * target/bench/, then every dependency jar): an ahead-of-time cache can only be made and used from jars.
 */
final class ChildBot implements AutoCloseable {

    /** Which bot a child runs. */
    enum Bot {
        OURS("ours, SQLite", "dev.watchparty.Main"),
        OURS_ON_POSTGRES("ours, PostgreSQL", "dev.watchparty.Main"),
        BASELINE("bare JDA", BaselineMain.class.getName());

        final String label;
        final String mainClass;

        Bot(String label, String mainClass) {
            this.label = label;
            this.mainClass = mainClass;
        }

        boolean ours() {
            return this != BASELINE;
        }

        /** A new schema of the local PostgreSQL for the bot that keeps its data there; null for the others. */
        TestPostgres freshSchemaIfNeeded() {
            return this == OURS_ON_POSTGRES ? TestPostgres.freshSchema() : null;
        }
    }

    /** Where the benchmark keeps what it generates: jars, caches, configs, the children's logs. */
    static final Path WORK = Path.of("target", "bench");

    private static final Pattern REGISTER = Pattern.compile("/applications/\\d+/commands");
    private static String classPath;

    private final Bot bot;
    private final Process process;
    private final FakeDiscord discord;
    private final long launchedAtNanos;
    private final long launchedAtMillis;
    private final Path log;
    /** How it was launched: its class and arguments, and its environment; a restart launches it the same way. */
    private final List<String> mainAndArguments;

    private final Map<String, String> environment;

    /** The pause between trivia questions our child bots are given. */
    private static final int PAUSE_SECONDS = 5;

    private ChildBot(
            Bot bot,
            Process process,
            FakeDiscord discord,
            long nanos,
            long millis,
            Path log,
            List<String> mainAndArguments,
            Map<String, String> environment) {
        this.bot = bot;
        this.process = process;
        this.discord = discord;
        this.launchedAtNanos = nanos;
        this.launchedAtMillis = millis;
        this.log = log;
        this.mainAndArguments = List.copyOf(mainAndArguments);
        this.environment = Map.copyOf(environment);
    }

    /** What a child of ours is configured with: its packs, its store. */
    record Setup(Path packs, String defaultShow, String storageUrl, String logLevel) {
        /** The shipped pack, on {@code postgres} when given, else on an SQLite file of the child's own. */
        static Setup shipped(TestPostgres postgres, String logLevel) {
            return new Setup(
                    Path.of("seeds"), "tiny-pretty-things", postgres == null ? null : postgres.url(), logLevel);
        }
    }

    /**
     * Launches {@code bot} with these JVM flags on {@code discord}, its files (config, database, log) in a new folder
     * under {@code folder}. The baseline registers the commands in {@code commands} (a JSON array as our bot sent
     * them) when given, else its own two.
     */
    static ChildBot launch(Bot bot, List<String> flags, FakeDiscord discord, Path folder, Setup setup, Path commands)
            throws IOException {
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory(folder, bot.name().toLowerCase(java.util.Locale.ROOT) + "-");
        Path log = work.resolve("output.log");
        List<String> mainAndArguments = new ArrayList<>(List.of(bot.mainClass));
        if (bot.ours()) {
            mainAndArguments.add("--config");
            mainAndArguments.add(
                    BotProcess.writeConfig(work, setup.packs(), setup.defaultShow(), PAUSE_SECONDS, setup.storageUrl())
                            .toString());
        }
        Map<String, String> environment = new HashMap<>(Map.of("WATCHPARTY_LOG_LEVEL", setup.logLevel()));
        if (!bot.ours() && commands != null) {
            environment.put(BaselineMain.COMMANDS, commands.toAbsolutePath().toString());
        }
        return start(bot, flags, discord, log, mainAndArguments, environment);
    }

    /**
     * Launches the same bot again, with these JVM flags, on this one's config and database (which it has left as
     * a stop leaves them), as an operator's restart does; this one must have stopped. Its log is a new file beside
     * this one's.
     */
    ChildBot restart(List<String> flags) throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(bot.label + " is still running");
        }
        Path next = Files.createTempFile(log.getParent(), "restart-", ".log");
        return start(bot, flags, discord, next, mainAndArguments, environment);
    }

    private static ChildBot start(
            Bot bot,
            List<String> flags,
            FakeDiscord discord,
            Path log,
            List<String> mainAndArguments,
            Map<String, String> environment)
            throws IOException {
        String classPath = classPath();
        long millis = System.currentTimeMillis();
        long nanos = System.nanoTime();
        Process process = BotProcess.launch(discord, flags, classPath, mainAndArguments, log, environment);
        return new ChildBot(bot, process, discord, nanos, millis, log, mainAndArguments, environment);
    }

    Bot bot() {
        return bot;
    }

    Process process() {
        return process;
    }

    Path log() {
        return log;
    }

    /**
     * Milliseconds from the launch to the bot's command registration arriving at the fake ({@code PUT
     * /applications/{id}/commands}), waiting at most {@code timeout}; empty if it did not come by then.
     */
    Optional<Long> awaitCommands(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (RecordedRequest request : discord.requests()) {
                // on a restart, the fake also holds the registration of the launch before
                if (request.method().equals("PUT")
                        && REGISTER.matcher(request.path()).matches()
                        && request.receivedAtNanos() >= launchedAtNanos) {
                    return Optional.of(TimeUnit.NANOSECONDS.toMillis(request.receivedAtNanos() - launchedAtNanos));
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(bot.label + " exited (" + process.exitValue()
                        + ") before registering its commands: see " + log.toAbsolutePath() + "\n" + tail());
            }
            Thread.sleep(5);
        }
        return Optional.empty();
    }

    /** As {@link #awaitCommands}, failing when they do not come in time. */
    long awaitCommandsOrFail(Duration timeout) throws InterruptedException {
        return awaitCommands(timeout)
                .orElseThrow(() -> new IllegalStateException(bot.label + " did not register its commands within "
                        + timeout.toSeconds() + " s: see " + log.toAbsolutePath() + "\n" + tail()));
    }

    /** The last lines of its output, for an error message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /**
     * What its log says it did, and when: for each milestone whose line is in the log, the milliseconds from the
     * launch to that line's timestamp (the first such line).
     */
    Map<String, Long> milestones(List<Milestone> milestones) {
        Map<String, Long> found = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            Matcher time = TIMESTAMP.matcher(line);
            if (!time.find()) {
                continue;
            }
            long at = OffsetDateTime.parse(time.group(1)).toInstant().toEpochMilli() - launchedAtMillis;
            for (Milestone milestone : milestones) {
                if (milestone.pattern().matcher(line).find()) {
                    found.putIfAbsent(milestone.label(), at);
                }
            }
        }
        return found;
    }

    private static final Pattern TIMESTAMP =
            Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(?:Z|[+-]\\d\\d:\\d\\d))");

    /** A line a bot logs on its way up. */
    record Milestone(String label, Pattern pattern) {
        static Milestone of(String label, String regex) {
            return new Milestone(label, Pattern.compile(regex));
        }
    }

    /** Lines our bot or JDA logs during start-up, in roughly the order they come. */
    static final List<Milestone> MILESTONES = List.of(
            Milestone.of("packs loaded", "(?i)(loaded \\d+ (content )?packs?|packs? loaded|loaded (the )?pack)"),
            Milestone.of("database open", "Opened database|Connected to jdbc:"),
            Milestone.of("JDA's token check answered (GET /users/@me)", "Login Successful"),
            Milestone.of("gateway connected", "Connected to WebSocket"),
            Milestone.of("READY and the servers handled", "Finished Loading"),
            Milestone.of("core started (rounds and parties resumed)", "Resumed \\d+ watch parties"));

    /** SIGTERM (a graceful stop), then SIGKILL if it has not exited within {@code grace}; its exit code. */
    int stop(Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        return process.isAlive() ? -1 : process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop(Duration.ofSeconds(20));
        }
    }

    /** {@code jcmd <pid> <command...>}'s output, failing if it fails. */
    String jcmd(String... command) throws IOException, InterruptedException {
        return jcmd(process.pid(), command);
    }

    static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(pid));
        line.addAll(List.of(command));
        Files.createDirectories(WORK);
        Path output = Files.createTempFile(WORK, "jcmd-", ".txt");
        Process jcmd = new ProcessBuilder(line)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            boolean exited = jcmd.waitFor(60, TimeUnit.SECONDS);
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (!exited || jcmd.exitValue() != 0) {
                throw new IllegalStateException(
                        "jcmd " + String.join(" ", line.subList(1, line.size())) + " failed: " + text);
            }
            return text;
        } finally {
            jcmd.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    // ---- the class path and the config

    /**
     * The children's class path: target/classes and target/test-classes packed into jars under target/bench/ (once
     * per benchmark run), then the benchmark's own class path without its folders.
     */
    static synchronized String classPath() throws IOException {
        if (classPath == null) {
            Path jars = WORK.resolve("jars");
            Files.createDirectories(jars);
            List<String> entries = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    Path jar = jars.resolve(path.getFileName() + ".jar").toAbsolutePath();
                    pack(path, jar);
                    entries.add(jar.toString());
                } else {
                    entries.add(path.toAbsolutePath().toString());
                }
            }
            classPath = String.join(java.io.File.pathSeparator, entries);
        }
        return classPath;
    }

    private static void pack(Path folder, Path jar) throws IOException {
        Files.deleteIfExists(jar);
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jar").toString(),
                        "--create",
                        "--file",
                        jar.toString(),
                        "-C",
                        folder.toString(),
                        ".")
                .redirectErrorStream(true)
                .start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException("jar " + folder + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
