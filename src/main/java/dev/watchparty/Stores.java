package dev.watchparty;

import dev.watchparty.party.PartyStore;
import dev.watchparty.spoiler.ChannelLevelStore;
import dev.watchparty.spoiler.ProgressStore;
import dev.watchparty.storage.Database;
import dev.watchparty.storage.SqliteChannelLevels;
import dev.watchparty.storage.SqlitePartyStore;
import dev.watchparty.storage.SqliteProgressStore;
import dev.watchparty.storage.SqliteTriviaStore;
import dev.watchparty.trivia.TriviaStore;
import java.time.Clock;

/** Everything users create, kept in one database. */
public record Stores(ProgressStore progress, ChannelLevelStore channelLevels, TriviaStore trivia, PartyStore parties) {

    public static Stores on(Database database, Clock clock) {
        return new Stores(
                new SqliteProgressStore(database, clock),
                new SqliteChannelLevels(database, clock),
                new SqliteTriviaStore(database),
                new SqlitePartyStore(database));
    }
}
