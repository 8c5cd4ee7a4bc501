package dev.watchparty.resilience;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.ComponentRequest;
import dev.watchparty.command.Invoker;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.Place;
import dev.watchparty.reply.DiscordLimits;
import dev.watchparty.reply.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand random and hostile option values sent to every command, suggestion and button of the core:
 * each is answered, within Discord's limits, with no live mention and no internal error.
 */
class CoreFuzzTest {

    private static final int INTERACTIONS = 10_000;
    /** A mention Discord would render: not escaped by a backslash. */
    private static final Pattern LIVE_MENTION = Pattern.compile("(?<!\\\\)(@everyone|@here|<@[!&]?\\d+>|<#\\d+>)");

    @Test
    @DisplayName("GIVEN 10,000 hostile inputs to every command WHEN handled THEN each is answered safely")
    void hostileInputsAreAnsweredSafely() {
        Random random = new Random(20261122);
        HostileInput input = new HostileInput(random);
        try (TestCore test = TestCore.forPack(TestPacks.mini())) {
            List<CommandSpec> specs = test.router().specs();
            int apologies = 0;
            for (int i = 0; i < INTERACTIONS; i++) {
                CommandSpec spec = specs.get(random.nextInt(specs.size()));
                String subcommand = spec.subcommands().isEmpty()
                        ? null
                        : spec.subcommands()
                                .get(random.nextInt(spec.subcommands().size()))
                                .name();
                Map<String, Object> options = new HashMap<>();
                for (OptionSpec option : spec.optionsOf(subcommand)) {
                    if (option.required() || input.nextBoolean()) {
                        options.put(
                                option.name(),
                                switch (option.type()) {
                                    case BOOLEAN -> input.nextBoolean();
                                    case INTEGER ->
                                        input.nextNumber(
                                                option.min() == null ? -5 : option.min(),
                                                option.max() == null ? 100 : option.max());
                                    default -> input.next();
                                });
                    }
                }
                Invoker invoker = new Invoker("user" + random.nextInt(5), input.next());
                Place place = Place.serverChannel(
                        "guild",
                        "c" + random.nextInt(3),
                        random.nextBoolean() ? EnumSet.allOf(Place.Power.class) : EnumSet.noneOf(Place.Power.class));
                Reply reply = switch (random.nextInt(3)) {
                    case 0 ->
                        test.router().execute(new CommandRequest(spec.name(), subcommand, options, invoker, place));
                    case 1 ->
                        test.router()
                                .component(new ComponentRequest(
                                        spec.name() + ":" + input.next(), List.of(input.next()), invoker, place))
                                .reply();
                    default -> {
                        List<Choice> choices = test.router()
                                .autocomplete(new AutocompleteRequest(
                                        spec.name(),
                                        subcommand,
                                        firstOption(spec, subcommand),
                                        input.next(),
                                        options,
                                        invoker,
                                        place));
                        assertTrue(choices.size() <= DiscordLimits.AUTOCOMPLETE_CHOICES);
                        yield null;
                    }
                };
                test.time().advance(Duration.ofSeconds(random.nextInt(30)));
                if (reply == null) {
                    continue;
                }
                String text = textOf(reply);
                assertFalse(LIVE_MENTION.matcher(text).find(), () -> "a live mention in: " + text);
                if (text.contains("error id")) {
                    apologies++;
                }
            }
            assertTrue(apologies == 0, apologies + " interactions hit an internal error");
        }
    }

    private static String firstOption(CommandSpec spec, String subcommand) {
        List<OptionSpec> options = spec.optionsOf(subcommand);
        return options.isEmpty() ? "none" : options.get(0).name();
    }

    private static String textOf(Reply reply) {
        List<String> parts = new ArrayList<>();
        parts.add(reply.content());
        reply.optionalCard().ifPresent(card -> {
            parts.add(card.title());
            parts.add(card.description());
            parts.add(card.footer());
            card.fields().forEach(field -> {
                parts.add(field.name());
                parts.add(field.value());
            });
        });
        reply.buttons().forEach(button -> parts.add(button.label()));
        return String.join("\n", parts.stream().filter(part -> part != null).toList());
    }
}
