package dev.watchparty;

import dev.watchparty.party.PartyStore;
import dev.watchparty.spoiler.ChannelLevelStore;
import dev.watchparty.spoiler.ProgressStore;
import dev.watchparty.storage.Database;
import dev.watchparty.storage.JdbcChannelLevels;
import dev.watchparty.storage.JdbcPartyStore;
import dev.watchparty.storage.JdbcProgressStore;
import dev.watchparty.storage.JdbcTimeZoneStore;
import dev.watchparty.storage.JdbcTriviaStore;
import dev.watchparty.time.TimeZoneStore;
import dev.watchparty.trivia.TriviaStore;
import java.time.Clock;

/** Everything users create, kept in one database. */
public record Stores(
        ProgressStore progress,
        ChannelLevelStore channelLevels,
        TriviaStore trivia,
        PartyStore parties,
        TimeZoneStore timeZones) {

    public static Stores on(Database database, Clock clock) {
        return new Stores(
                new JdbcProgressStore(database, clock),
                new JdbcChannelLevels(database, clock),
                new JdbcTriviaStore(database),
                new JdbcPartyStore(database),
                new JdbcTimeZoneStore(database, clock));
    }
}
