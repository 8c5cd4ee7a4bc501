package dev.watchparty.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.watchparty.discord.fake.ComponentCall;
import dev.watchparty.discord.fake.FakeDiscord;
import dev.watchparty.discord.fake.Interaction;
import dev.watchparty.discord.fake.RecordedRequest;
import dev.watchparty.discord.fake.SlashCommandCall;
import dev.watchparty.e2e.BotOnFakeDiscord;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten thousand random and hostile interactions through the real JDA on the fake Discord: every registered command
 * and subcommand with random option values, autocompletes, and clicks on buttons and menus with made-up ids, up to
 * {@value #IN_FLIGHT} at a time. Each gets a callback within Discord's limits that allows no mention, pings no one
 * and is not an internal-error apology; so does every other message the bot sends meanwhile.
 */
class DiscordFuzzTest {

    private static final int INTERACTIONS = 10_000;
    private static final int IN_FLIGHT = 16;
    private static final long SEED = 20261122L;
    private static final long[] USERS = {
        300_000_000_000_000_501L, 300_000_000_000_000_502L, 300_000_000_000_000_503L, BotOnFakeDiscord.OWNER_ID
    };
    private static final List<String> ID_SHAPES = List.of(
            "trivia:answer:%s:%s:%s",
            "trivia:join:%s",
            "recap:page:%s:%s:%s:%s:%s",
            "character:page:%s:%s:%s:%s",
            "party:%s:%s",
            "party:%s:%s:%s",
            "show:%s",
            "%s:%s",
            "%s");

    /** An option as the bot registered it. */
    private record Option(
            String name,
            int type,
            boolean required,
            Long min,
            Long max,
            List<JsonNode> choices,
            boolean autocomplete) {}

    /** A command, or one of its subcommands, and its options. */
    private record Target(String command, String group, String subcommand, List<Option> options) {}

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    @DisplayName(
            "GIVEN the bot on the fake Discord WHEN 10,000 hostile commands, autocompletes and clicks arrive, 16 at a time THEN each gets a safe callback within Discord's limits")
    void hostileInteractionsThroughJda(@TempDir Path folder) {
        try (FakeDiscord discord = FakeDiscord.start();
                BotOnFakeDiscord bot = new BotOnFakeDiscord(discord, folder.resolve("bot.db"))) {
            moderatorRole = discord.guild().moderatorRoleId();
            List<Target> targets = targets(discord.awaitRegisteredCommands(BotOnFakeDiscord.WAIT));
            assertTrue(targets.size() >= 9, "every command is fuzzed: " + targets);
            Random random = new Random(SEED);
            HostileInput input = new HostileInput(random);
            Deque<Map.Entry<String, Interaction>> inFlight = new ArrayDeque<>();
            List<String> failures = new ArrayList<>();
            Map<String, Integer> sent = new LinkedHashMap<>();
            java.util.Set<String> fuzzed = new java.util.TreeSet<>();
            long started = System.nanoTime();
            for (int i = 0; i < INTERACTIONS; i++) {
                if (inFlight.size() >= IN_FLIGHT) {
                    check(inFlight.removeFirst(), failures);
                }
                int kind = random.nextInt(10);
                Map.Entry<String, Interaction> next;
                if (kind < 6) {
                    Target target = targets.get(random.nextInt(targets.size()));
                    SlashCommandCall call = command(target, random, input);
                    next = Map.entry("/" + describe(target), discord.sendSlashCommand(call));
                    sent.merge("command", 1, Integer::sum);
                    fuzzed.add(describe(target));
                } else if (kind < 7) {
                    List<Target> typed = targets.stream()
                            .filter(t -> t.options().stream().anyMatch(Option::autocomplete))
                            .toList();
                    Target target = typed.get(random.nextInt(typed.size()));
                    next = Map.entry(
                            "autocomplete /" + describe(target),
                            discord.sendAutocomplete(autocomplete(target, random, input)));
                    sent.merge("autocomplete", 1, Integer::sum);
                } else {
                    String customId = customId(random, input);
                    ComponentCall call = random.nextInt(5) == 0
                            ? ComponentCall.select(customId, clip(input.next(), 100), "x")
                            : ComponentCall.button(customId);
                    who(call, random);
                    next = Map.entry("click " + customId, discord.sendComponent(call));
                    sent.merge("component", 1, Integer::sum);
                }
                inFlight.addLast(next);
                if (failures.size() > 20) {
                    break;
                }
            }
            while (!inFlight.isEmpty()) {
                check(inFlight.removeFirst(), failures);
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.out.printf(
                    "DiscordFuzzTest: %d interactions %s in %d ms (%.0f/s)%n",
                    INTERACTIONS, sent, millis, INTERACTIONS * 1000.0 / Math.max(1, millis));

            // everything else the bot sent meanwhile: trivia questions, party cards, edits, follow-ups
            for (RecordedRequest request : discord.requests()) {
                if ((request.is("POST", "/channels/\\d+/messages")
                                || request.is("PATCH", "/channels/\\d+/messages/\\d+")
                                || request.is("POST", "/webhooks/\\d+/[^/]+")
                                || request.is("PATCH", "/webhooks/\\d+/[^/]+/messages/.+"))
                        && DiscordChecks.isMessage(request.json())) {
                    List<String> problems = DiscordChecks.problems(request.json());
                    if (!problems.isEmpty()) {
                        failures.add(request + ": " + problems);
                    }
                }
            }
            assertEquals(targets.size(), fuzzed.size(), "every command and subcommand was fuzzed: " + fuzzed);
            assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 20)), failures.size() + " failures");
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DisplayName(
            "GIVEN a running watch party WHEN its host sends /party goto with an episode of only spaces THEN it is asked for the episode, not an internal error")
    void blankRequiredEpisode(@TempDir Path folder) {
        try (FakeDiscord discord = FakeDiscord.start();
                BotOnFakeDiscord bot = new BotOnFakeDiscord(discord, folder.resolve("bot.db"))) {
            long host = USERS[0];
            bot.call(SlashCommandCall.of("party").subcommand("start").user(host, "host"));
            JsonNode reply = bot.call(SlashCommandCall.of("party")
                    .subcommand("goto")
                    .user(host, "host")
                    .option("episode", "   "));
            assertEquals(
                    "Please give the `episode` option.",
                    reply.path("data").path("content").asText());
            assertEquals(List.of(), DiscordChecks.problems(reply.path("data")));
        }
    }

    private static void check(Map.Entry<String, Interaction> sent, List<String> failures) {
        JsonNode callback;
        try {
            callback = sent.getValue().awaitCallback(BotOnFakeDiscord.WAIT);
        } catch (AssertionError | RuntimeException e) {
            failures.add(sent.getKey() + ": no callback (" + e.getMessage() + ")");
            return;
        }
        int type = callback.path("type").asInt();
        switch (type) {
            case 4, 7 -> {
                List<String> problems = DiscordChecks.problems(callback.path("data"));
                if (!problems.isEmpty()) {
                    failures.add(sent.getKey() + " (callback type " + type + "): " + problems);
                }
            }
            case 8 -> {
                JsonNode choices = callback.path("data").path("choices");
                if (choices.size() > 25) {
                    failures.add(sent.getKey() + ": " + choices.size() + " choices");
                }
                for (JsonNode choice : choices) {
                    if (choice.path("name").asText().length() > 100
                            || choice.path("value").asText().length() > 100) {
                        failures.add(sent.getKey() + ": a choice over 100 characters: " + choice);
                    }
                }
            }
            case 5, 6 -> { // deferred: the answer comes as an edit or follow-up, checked with every other message
            }
            default -> failures.add(sent.getKey() + ": unexpected callback type " + type);
        }
    }

    private static List<Target> targets(JsonNode commands) {
        List<Target> targets = new ArrayList<>();
        for (JsonNode command : commands) {
            String name = command.path("name").asText();
            List<JsonNode> subs = new ArrayList<>();
            command.path("options").forEach(subs::add);
            if (subs.stream().noneMatch(option -> option.path("type").asInt() <= 2)) {
                targets.add(new Target(name, null, null, options(command.path("options"))));
                continue;
            }
            for (JsonNode sub : subs) {
                if (sub.path("type").asInt() == 1) {
                    targets.add(new Target(name, null, sub.path("name").asText(), options(sub.path("options"))));
                } else if (sub.path("type").asInt() == 2) {
                    for (JsonNode inner : sub.path("options")) {
                        targets.add(new Target(
                                name,
                                sub.path("name").asText(),
                                inner.path("name").asText(),
                                options(inner.path("options"))));
                    }
                }
            }
        }
        return targets;
    }

    private static List<Option> options(JsonNode options) {
        List<Option> parsed = new ArrayList<>();
        for (JsonNode option : options) {
            List<JsonNode> choices = new ArrayList<>();
            option.path("choices").forEach(choice -> choices.add(choice.path("value")));
            parsed.add(new Option(
                    option.path("name").asText(),
                    option.path("type").asInt(),
                    option.path("required").asBoolean(false),
                    option.has("min_value") ? option.path("min_value").asLong() : null,
                    option.has("max_value") ? option.path("max_value").asLong() : null,
                    choices,
                    option.path("autocomplete").asBoolean(false)));
        }
        return parsed;
    }

    private static String describe(Target target) {
        return target.command()
                + (target.group() == null ? "" : " " + target.group())
                + (target.subcommand() == null ? "" : " " + target.subcommand());
    }

    private static SlashCommandCall start(Target target) {
        SlashCommandCall call = SlashCommandCall.of(target.command());
        if (target.group() != null) {
            call.subcommandGroup(target.group(), target.subcommand());
        } else if (target.subcommand() != null) {
            call.subcommand(target.subcommand());
        }
        return call;
    }

    private static SlashCommandCall command(Target target, Random random, HostileInput input) {
        SlashCommandCall call = start(target);
        for (Option option : target.options()) {
            if (option.required() || random.nextBoolean()) {
                addValue(call, option, random, input);
            }
        }
        return who(call, random);
    }

    private static SlashCommandCall autocomplete(Target target, Random random, HostileInput input) {
        SlashCommandCall call = start(target);
        List<Option> typed =
                target.options().stream().filter(Option::autocomplete).toList();
        Option focused = typed.get(random.nextInt(typed.size()));
        for (Option option : target.options()) {
            if (option != focused && option.type() != 6 && random.nextBoolean()) {
                addValue(call, option, random, input);
            }
        }
        call.focused(focused.name(), random.nextInt(4) == 0 ? "" : input.next());
        return who(call, random);
    }

    /** A value of the option's type: mostly what Discord's client lets through, sometimes what it would not. */
    private static void addValue(SlashCommandCall call, Option option, Random random, HostileInput input) {
        boolean lawful = random.nextInt(10) > 0;
        switch (option.type()) {
            case 4 -> {
                long min = option.min() == null ? -5 : option.min();
                long max = option.max() == null ? 100 : option.max();
                if (lawful && !option.choices().isEmpty()) {
                    call.option(
                            option.name(),
                            option.choices()
                                    .get(random.nextInt(option.choices().size()))
                                    .asLong());
                } else {
                    call.option(
                            option.name(),
                            lawful
                                    ? input.nextNumber(min, max)
                                    : input.nextNumber(min - 1_000_000L, max + 1_000_000L)
                                            * (random.nextBoolean() ? 1 : -1));
                }
            }
            case 5 -> call.option(option.name(), random.nextBoolean());
            case 6 -> call.userOption(option.name(), USERS[random.nextInt(USERS.length)] + random.nextInt(3));
            case 10 -> call.option(option.name(), random.nextDouble() * 200 - 100);
            default ->
                call.option(
                        option.name(),
                        lawful && !option.choices().isEmpty()
                                ? option.choices()
                                        .get(random.nextInt(option.choices().size()))
                                        .asText()
                                : input.next());
        }
    }

    private static <T extends dev.watchparty.discord.fake.InteractionCall<T>> T who(T call, Random random) {
        long user = USERS[random.nextInt(USERS.length)];
        T built = call.user(user, "user" + random.nextInt(1000));
        if (random.nextInt(4) == 0) {
            built = built.inDm();
        } else if (random.nextInt(3) == 0) {
            built = built.roles(moderatorRole);
        }
        return built;
    }

    /** The fake server's moderator role (Manage Channels), which some fuzzed members have. */
    private static volatile long moderatorRole;

    /** A custom id as Discord would send one back: at most 100 characters, of a shape the bot uses or not. */
    private static String customId(Random random, HostileInput input) {
        String shape = ID_SHAPES.get(random.nextInt(ID_SHAPES.size()));
        Object[] parts = new Object[5];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = switch (random.nextInt(4)) {
                case 0 -> Integer.toString(random.nextInt(12) - 2);
                case 1 -> "zz";
                default -> input.next();
            };
        }
        String id = clip(String.format(shape, parts), 100);
        return id.isEmpty() ? "x" : id;
    }

    private static String clip(String text, int codePoints) {
        return text.codePointCount(0, text.length()) <= codePoints
                ? text
                : text.substring(0, text.offsetByCodePoints(0, codePoints));
    }
}
