package dev.watchparty.party;

import dev.watchparty.pack.Catalog;
import dev.watchparty.reply.ChannelMessenger;
import dev.watchparty.trivia.TriviaService;
import java.time.Clock;
import java.util.function.Function;

/** Posts what happens to parties on their own: a scheduled party opening, an idle party ending. */
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
        String coming = fromEvent == 0
                ? ""
                : " " + fromEvent + (fromEvent == 1 ? " member" : " members")
                        + " marked Interested in the server event, so they're on the roster; their progress follows "
                        + "the party only if they turn that on below.";
        messenger.post(
                party.channelId(),
                PartyCards.partyCard(
                        party,
                        catalogs.apply(party.showId()),
                        "📅 The scheduled party is starting now." + coming,
                        PartyCards.channelReader(party)));
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
                        reason.description()));
    }
}
