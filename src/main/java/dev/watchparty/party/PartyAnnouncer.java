package dev.watchparty.party;

import dev.watchparty.pack.Catalog;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.reply.Text;
import dev.watchparty.trivia.TriviaService;
import java.time.Clock;
import java.util.function.Function;

/**
 * Posts what happens to parties on their own: a scheduled party opening, an idle party ending. Nobody asked, so
 * each is written in the party's own language.
 */
public final class PartyAnnouncer implements PartyEvents {

    private final ChannelMessenger messenger;
    private final Function<String, Catalog> catalogs;
    private final TriviaService trivia;
    private final Clock clock;

    public PartyAnnouncer(
            ChannelMessenger messenger, Function<String, Catalog> catalogs, TriviaService trivia, Clock clock) {
        this.messenger = messenger;
        this.catalogs = catalogs;
        this.trivia = trivia;
        this.clock = clock;
    }

    @Override
    public void opened(Party party, int fromEvent) {
        Text heading = fromEvent == 0
                ? Text.of(PartyText.SCHEDULED_OPENS)
                : Text.of(PartyText.SCHEDULED_OPENS_WITH_INTERESTED, fromEvent);
        messenger.post(
                party.channelId(),
                PartyCards.partyCard(party, catalogs.apply(party.showId()), heading, PartyCards.channelReader(party)));
    }

    @Override
    public void ended(Party party, EndedBy reason) {
        messenger.post(
                party.channelId(),
                PartyCards.summary(
                        party,
                        catalogs.apply(party.showId()),
                        clock.instant(),
                        trivia.channelStandings(party.channelId(), party.showId(), party.startedAt(), 5),
                        Text.of(reason.description())));
    }
}
