package dev.watchparty.settings;

import dev.watchparty.command.AutocompleteRequest;
import dev.watchparty.command.Choice;
import dev.watchparty.command.CommandRequest;
import dev.watchparty.command.CommandSpec;
import dev.watchparty.command.OptionSpec;
import dev.watchparty.command.Place;
import dev.watchparty.command.SlashCommand;
import dev.watchparty.reply.DiscordLimits;
import dev.watchparty.reply.Echo;
import dev.watchparty.reply.Reply;
import dev.watchparty.reply.Texts;
import dev.watchparty.reply.UserInputException;
import dev.watchparty.spoiler.Markdown;
import dev.watchparty.time.TimeZoneStore;
import dev.watchparty.time.TimeZones;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /settings [timezone] [server-timezone]}: the time zone a member's typed times are read in, and the
 * server's default for members who set none (members who can manage events set that). With neither, it shows them.
 */
public final class SettingsCommand implements SlashCommand {

    public static final String NAME = "settings";
    static final String TIMEZONE = "timezone";
    static final String SERVER_TIMEZONE = "server-timezone";

    private final TimeZoneStore zones;
    private final Clock clock;

    public SettingsCommand(TimeZoneStore zones, Clock clock) {
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withOptions(
                NAME,
                "Your time zone, which /party schedule reads times in; or the server's",
                List.of(
                        OptionSpec.suggested(TIMEZONE, "Your time zone, e.g. Europe/Berlin", false),
                        OptionSpec.suggested(
                                SERVER_TIMEZONE,
                                "This server's, for members who set none (needs Manage Events)",
                                false)));
    }

    @Override
    public Reply execute(CommandRequest request) {
        Locale locale = request.invoker().locale();
        Optional<ZoneId> yours = request.text(TIMEZONE).map(SettingsCommand::zoneNamed);
        Optional<ZoneId> server = request.text(SERVER_TIMEZONE).map(SettingsCommand::zoneNamed);
        Place place = request.place();
        if (server.isPresent()) {
            if (place.guildId() == null) {
                throw new UserInputException(SettingsText.OUTSIDE_SERVER);
            }
            if (!place.can(Place.Power.MANAGE_EVENTS)) {
                throw new UserInputException(SettingsText.NEEDS_MANAGE_EVENTS);
            }
        }
        List<String> lines = new ArrayList<>();
        yours.ifPresent(zone -> {
            zones.setUserZone(request.invoker().userId(), zone);
            lines.add(Texts.format(locale, SettingsText.YOURS_SET, describe(zone, locale)));
        });
        server.ifPresent(zone -> {
            zones.setServerZone(place.guildId(), zone, request.invoker().userId());
            lines.add(Texts.format(locale, SettingsText.SERVERS_SET, describe(zone, locale)));
        });
        if (lines.isEmpty()) {
            String notSet = Texts.format(locale, SettingsText.NOT_SET);
            lines.add(Texts.format(
                    locale,
                    SettingsText.YOURS,
                    zones.userZone(request.invoker().userId())
                            .map(zone -> describe(zone, locale))
                            .orElse(notSet)));
            if (place.guildId() != null) {
                lines.add(Texts.format(
                        locale,
                        SettingsText.SERVERS,
                        zones.serverZone(place.guildId())
                                .map(zone -> describe(zone, locale))
                                .orElse(notSet)));
            }
            lines.add(Texts.format(locale, SettingsText.HOW_TIMES_ARE_READ));
        }
        return Reply.notice(String.join("\n", lines));
    }

    private static ZoneId zoneNamed(String typed) {
        return TimeZones.named(typed)
                .orElseThrow(() -> new UserInputException(SettingsText.UNKNOWN_ZONE, Echo.quote(typed)));
    }

    /** The zone and the time there now, so a member sees at once whether they picked the right one. */
    private String describe(ZoneId zone, Locale locale) {
        return Texts.format(
                locale,
                SettingsText.ZONE_NOW,
                Markdown.escape(zone.getId()),
                clock(locale).format(clock.instant().atZone(zone)));
    }

    /** A day and a time of day, as the reader's language writes them ("Sun 22 Nov, 13:00"). */
    private static DateTimeFormatter clock(Locale locale) {
        return DateTimeFormatter.ofPattern(Texts.format(locale, SettingsText.CLOCK), locale);
    }

    @Override
    public List<Choice> autocomplete(AutocompleteRequest request) {
        if (!request.option().equals(TIMEZONE) && !request.option().equals(SERVER_TIMEZONE)) {
            return List.of();
        }
        return TimeZones.matching(request.typed(), DiscordLimits.AUTOCOMPLETE_CHOICES).stream()
                .map(zone -> {
                    ZonedDateTime now = clock.instant().atZone(zone);
                    return new Choice(
                            zone.getId() + " · UTC" + now.getOffset().getId().replace("Z", "+00:00") + " · "
                                    + clock(request.invoker().locale()).format(now),
                            zone.getId());
                })
                .toList();
    }
}
