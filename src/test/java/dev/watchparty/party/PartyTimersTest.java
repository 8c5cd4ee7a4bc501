package dev.watchparty.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.watchparty.TestCore;
import dev.watchparty.TestPacks;
import dev.watchparty.pack.Catalog;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.storage.StorageException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** A party's own timers (the idle end, a scheduled opening) survive a storage failure: they try again. */
class PartyTimersTest {

    private final TestCore test = TestCore.forPack(TestPacks.mini());
    private final PartyStore failing = Mockito.spy(test.stores().parties());
    private final Catalog catalog = new Catalog(TestPacks.mini());
    private final List<String> ended = new ArrayList<>();
    private final PartyService parties = new PartyService(
            failing,
            test.stores().progress(),
            test.channel(),
            test.time().clock,
            test.time(),
            TestCore.PARTY_IDLE,
            new Random(1),
            show -> catalog.episodeOrder());

    @AfterEach
    void close() {
        test.close();
    }

    private PartyService.Opening opening() {
        return new PartyService.Opening(
                "mini", "guild", "c1", "host", "Host", "Friday", SpoilerLevel.episode(1, 1), Locale.ENGLISH);
    }

    @Test
    @DisplayName(
            "GIVEN an idle party whose end cannot be stored WHEN the idle timer fires THEN it is tried again a minute later, and then ends")
    void idleEndIsRetried() {
        parties.announceTo(new PartyEvents() {
            @Override
            public void opened(Party party, int fromEvent) {}

            @Override
            public void ended(Party party, EndedBy reason) {
                ended.add(reason.name());
            }
        });
        parties.start(opening());
        Mockito.doThrow(new StorageException("database is locked", null))
                .when(failing)
                .ended(Mockito.any(), Mockito.any(), Mockito.any());
        test.time().advance(TestCore.PARTY_IDLE);
        assertTrue(parties.partyIn("c1").isPresent(), "a failed end leaves the party as it was, not half ended");
        assertTrue(ended.isEmpty());

        Mockito.doCallRealMethod().when(failing).ended(Mockito.any(), Mockito.any(), Mockito.any());
        test.time().advance(PartyService.RETRY_AFTER);
        assertTrue(parties.partyIn("c1").isEmpty(), "the retry ended it");
        assertEquals(List.of("IDLE"), ended);
        assertTrue(failing.activeParties().isEmpty(), "and the store knows");
    }

    @Test
    @DisplayName(
            "GIVEN a scheduled party that cannot be opened at its time WHEN storage comes back THEN it opens on the retry")
    void scheduledOpeningIsRetried() {
        parties.schedule(opening(), TestCore.START.plus(Duration.ofHours(1)), "Watching together");
        Mockito.doThrow(new StorageException("database or disk is full", null))
                .when(failing)
                .openScheduled(Mockito.any(), Mockito.any());
        test.time().advance(Duration.ofHours(1));
        assertTrue(parties.partyIn("c1").isEmpty());
        assertEquals(1, failing.pendingSchedules().size(), "the failed opening left it pending");

        Mockito.doCallRealMethod().when(failing).openScheduled(Mockito.any(), Mockito.any());
        test.time().advance(PartyService.RETRY_AFTER);
        assertTrue(parties.partyIn("c1").isPresent(), "it opened on the retry");
        assertEquals(0, failing.pendingSchedules().size());
    }
}
