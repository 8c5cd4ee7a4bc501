package dev.watchparty.party;

import dev.watchparty.command.ShardRange;
import dev.watchparty.pack.EpisodeOrder;
import dev.watchparty.pack.SpoilerLevel;
import dev.watchparty.schedule.GroupedWork;
import dev.watchparty.schedule.Scheduler;
import dev.watchparty.spoiler.Progress;
import dev.watchparty.spoiler.ProgressStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every running party, one per channel, kept in the store on each change. Joined members who follow the party
 * have their own progress moved forward with it (never back). A party idle for too long ends itself. Driven by
 * a clock and a scheduler, so tests need no sleeping.
 *
 * <p>Each channel's party changes under a lock of that channel's own, so a click waits only for the clicks on its
 * own party, never for another server's, and the writes of different parties can share the database's group
 * commit. A change is written, and committed, before its caller is told of it.
 */
public final class PartyService {

    static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    static final Duration SETTLE = Duration.ofSeconds(15);
    /**
     * How long an opening waits to learn who is interested in its server event; past that it opens with its host
     * alone, since opening on time matters more (the others can still press Join).
     */
    static final Duration INTERESTED_WAIT = Duration.ofSeconds(10);

    /** Who last moved a party to another episode, and when. */
    private record LastMove(String byUserId, Instant at) {}

    /** What a channel's party changes under, and the members' changes waiting for it, kept together. */
    private record ChannelLock(ReentrantLock lock, GroupedWork<Change> changes) {}

    /** A change of a channel's running party, and what its caller is told once it is kept, or refused. */
    private record Change(UnaryOperator<Party> step, CompletableFuture<Party> outcome) {
        Change(UnaryOperator<Party> step) {
            this(step, new CompletableFuture<>());
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PartyService.class);

    /**
     * What a /party start asks for. {@code firstEpisode} is the episode the party watches first; {@code language} is
     * the server's, which the party's posts are written in.
     */
    public record Opening(
            String showId,
            String guildId,
            String channelId,
            String hostId,
            String hostName,
            String name,
            SpoilerLevel firstEpisode,
            Locale language) {}

    /** A party planned for later, and its server event: made, or failed (the party opens all the same). */
    public record Scheduled(PartyStore.ScheduledParty party, CompletableFuture<EventPlanner.ServerEvent> event) {}

    /** A move to another episode: what the party had finished before, and the party now. */
    public record Move(SpoilerLevel finishedBefore, Party party) {}

    private final PartyStore store;
    private final ProgressStore progress;
    private final EventPlanner planner;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Duration idleLimit;
    private final Random random;
    private final Function<String, EpisodeOrder> episodeOrders;
    private final Map<String, Party> byChannel = new ConcurrentHashMap<>();
    private final Map<String, LastMove> lastMoves = new ConcurrentHashMap<>();
    private final Map<String, Scheduler.Task> idleTimers = new ConcurrentHashMap<>();
    /**
     * One per channel that ever had a party here. Never removed: a lock removed while a click held it would let a
     * second lock for the same channel appear beside it, and one small object per channel is cheap to keep.
     */
    private final Map<String, ChannelLock> locks = new ConcurrentHashMap<>();

    private volatile PartyEvents events;

    /** {@code episodeOrders} gives a show's episode order by show id. */
    public PartyService(
            PartyStore store,
            ProgressStore progress,
            EventPlanner planner,
            Clock clock,
            Scheduler scheduler,
            Duration idleLimit,
            Random random,
            Function<String, EpisodeOrder> episodeOrders) {
        this.episodeOrders = episodeOrders;
        this.store = store;
        this.progress = progress;
        this.planner = planner;
        this.clock = clock;
        this.scheduler = scheduler;
        this.idleLimit = idleLimit;
        this.random = random;
    }

    /** Where timer-driven changes are announced; set once the front end can post. */
    public void announceTo(PartyEvents partyEvents) {
        this.events = partyEvents;
    }

    /**
     * Resumes the parties of this process's servers and re-arms their scheduled openings; returns how many
     * parties resumed. Other processes sharing the database resume theirs.
     */
    public int resume(ShardRange shards) {
        List<Party> active = store.activeParties().stream()
                .filter(party -> shards.ownsGuild(party.guildId()))
                .toList();
        for (Party party : active) {
            track(party);
        }
        for (PartyStore.ScheduledParty planned : store.pendingSchedules()) {
            if (shards.ownsGuild(planned.guildId())) {
                armSchedule(planned);
            }
        }
        return active.size();
    }

    public Optional<Party> partyIn(String channelId) {
        return Optional.ofNullable(byChannel.get(channelId));
    }

    /** The level a running party gives its channel for this show, if one runs there. */
    public Optional<SpoilerLevel> levelOf(String channelId, String showId) {
        return partyIn(channelId).filter(party -> party.showId().equals(showId)).map(Party::finished);
    }

    public Party start(Opening opening) {
        return inChannel(opening.channelId(), () -> {
            EpisodeOrder order = episodeOrders.apply(opening.showId());
            if (byChannel.containsKey(opening.channelId())) {
                throw new PartyException(PartyException.Rule.ALREADY_RUNNING);
            }
            Instant now = clock.instant();
            Party party = new Party(
                    HexFormat.of().toHexDigits(random.nextInt()),
                    opening.showId(),
                    opening.guildId(),
                    opening.channelId(),
                    opening.name(),
                    opening.hostId(),
                    Map.of(),
                    Map.of(opening.hostId(), new Party.Member(opening.hostName(), true, now)),
                    order.before(opening.firstEpisode()),
                    opening.firstEpisode(),
                    0,
                    now,
                    now,
                    opening.language());
            store.save(party);
            track(party);
            return party;
        });
    }

    public Move next(String channelId, String actorId, boolean canManageEvents) {
        return inChannel(channelId, () -> {
            Party party = controlled(channelId, actorId, canManageEvents);
            refuseIfJustMovedByAnother(party, actorId);
            EpisodeOrder order = episodeOrders.apply(party.showId());
            if (party.upNext() == null) {
                throw new PartyException(PartyException.Rule.LAST_EPISODE);
            }
            SpoilerLevel watched = party.upNext();
            Party moved = party.at(watched, order.after(watched).orElse(null), 1, clock.instant());
            return moved(party, moved, actorId);
        });
    }

    public Move goTo(String channelId, String actorId, boolean canManageEvents, SpoilerLevel episode) {
        return inChannel(channelId, () -> {
            Party party = controlled(channelId, actorId, canManageEvents);
            refuseIfJustMovedByAnother(party, actorId);
            EpisodeOrder order = episodeOrders.apply(party.showId());
            Party moved = party.at(order.before(episode), episode, 0, clock.instant());
            return moved(party, moved, actorId);
        });
    }

    private Move moved(Party before, Party after, String actorId) {
        moveFollowers(after);
        Move move = new Move(before.finished(), keep(before, after));
        lastMoves.put(after.channelId(), new LastMove(actorId, clock.instant()));
        return move;
    }

    /**
     * Two hosts who press at the same moment mean the same move: the second, within {@link #SETTLE} of a move
     * by someone else, is refused rather than taking the party (and every follower) one episode too far.
     */
    private void refuseIfJustMovedByAnother(Party party, String actorId) {
        LastMove last = lastMoves.get(party.channelId());
        if (last != null
                && !last.byUserId().equals(actorId)
                && Duration.between(last.at(), clock.instant()).compareTo(SETTLE) < 0) {
            throw new PartyException(PartyException.Rule.JUST_MOVED, party.finished());
        }
    }

    public Party join(String channelId, String userId, String displayName) {
        return change(channelId, party -> {
            boolean follows =
                    party.member(userId).map(Party.Member::followsProgress).orElse(true);
            return party.withMember(userId, new Party.Member(displayName, follows, clock.instant()), clock.instant());
        });
    }

    public Party leave(String channelId, String userId) {
        return change(channelId, party -> {
            if (party.isHost(userId)) {
                throw new PartyException(PartyException.Rule.HOST_CANNOT_LEAVE);
            }
            if (party.member(userId).isEmpty()) {
                throw new PartyException(PartyException.Rule.NOT_A_MEMBER);
            }
            return party.withoutMember(userId, clock.instant());
        });
    }

    /** Turns off (or on) a member's progress following the party. */
    public Party follow(String channelId, String userId, boolean follows) {
        return change(channelId, party -> {
            Party.Member member =
                    party.member(userId).orElseThrow(() -> new PartyException(PartyException.Rule.NOT_A_MEMBER));
            return party.withMember(
                    userId, new Party.Member(member.displayName(), follows, member.joinedAt()), clock.instant());
        });
    }

    public Party cohost(String channelId, String actorId, boolean canManageEvents, String userId, String displayName) {
        return change(
                channelId,
                party -> inControl(party, actorId, canManageEvents).withCohost(userId, displayName, clock.instant()));
    }

    public Party end(String channelId, String actorId, boolean canManageEvents) {
        return inChannel(channelId, () -> {
            Party party = controlled(channelId, actorId, canManageEvents);
            finish(party, PartyEvents.EndedBy.HOST);
            return party;
        });
    }

    /**
     * A member tells how far they have watched on joining: what they said, up to what the party has finished,
     * raises their progress (never lowers it) and is how far their catch-up goes.
     */
    public SpoilerLevel catchUp(String channelId, String userId, SpoilerLevel said) {
        return inChannel(channelId, () -> {
            Party party = running(channelId);
            SpoilerLevel watched = SpoilerLevel.min(said, party.finished());
            if (watched.isAbove(progress.progressOf(userId, party.showId()).watchedThrough())) {
                progress.save(userId, party.showId(), Progress.through(watched));
            }
            return watched;
        });
    }

    /**
     * Plans a party to open at a time, in {@code opening}'s channel, and asks for a server event members can mark
     * themselves interested in: those who are when it opens join it. Both survive restarts.
     */
    public Scheduled schedule(Opening opening, Instant startsAt, String eventDescription) {
        PartyStore.ScheduledParty planned = new PartyStore.ScheduledParty(
                HexFormat.of().toHexDigits(random.nextInt()),
                opening.guildId(),
                opening.channelId(),
                opening.showId(),
                opening.hostId(),
                opening.hostName(),
                opening.name(),
                opening.firstEpisode().toString(),
                startsAt,
                opening.language());
        store.schedule(planned);
        armSchedule(planned);
        CompletableFuture<EventPlanner.ServerEvent> event =
                planner.createEvent(opening.guildId(), opening.channelId(), opening.name(), eventDescription, startsAt);
        event.thenAccept(created -> linkEvent(planned, created));
        return new Scheduled(planned, event);
    }

    /** Runs when Discord has made the event, which can be after the command was answered. */
    private void linkEvent(PartyStore.ScheduledParty planned, EventPlanner.ServerEvent event) {
        try {
            store.eventPlanned(planned.id(), event.id());
        } catch (RuntimeException e) {
            log.warn(
                    "keeping server event {} of scheduled party {} failed; its interested members will have to "
                            + "press Join: {}",
                    event.id(),
                    planned.id(),
                    e.toString());
        }
    }

    private void armSchedule(PartyStore.ScheduledParty planned) {
        Duration wait = Duration.between(clock.instant(), planned.startsAt());
        scheduler.schedule(wait.isNegative() ? Duration.ZERO : wait, () -> openScheduled(planned));
    }

    private void openScheduled(PartyStore.ScheduledParty planned) {
        retriedOnFailure(
                "opening scheduled party " + planned.id(),
                () -> {
                    List<EventPlanner.Interested> interested = interestedIn(planned);
                    inChannel(planned.channelId(), () -> open(planned, interested));
                },
                () -> openScheduled(planned));
    }

    /**
     * Who is interested in the party's server event, asked of Discord at opening time (outside the lock, since it
     * waits on the network): what members marked while the bot was down counts too.
     */
    private List<EventPlanner.Interested> interestedIn(PartyStore.ScheduledParty planned) {
        Optional<String> event = store.plannedEvent(planned.id());
        if (event.isEmpty()) {
            return List.of();
        }
        return within(planner.interested(planned.guildId(), event.get()), INTERESTED_WAIT)
                .orElseGet(() -> {
                    log.warn(
                            "no list of who is interested in scheduled party {}: it opens with its host alone",
                            planned.id());
                    return List.of();
                });
    }

    /** What {@code future} completes with within {@code wait}; empty if it fails or takes longer. */
    static <T> Optional<T> within(CompletableFuture<T> future, Duration wait) {
        try {
            return Optional.of(future.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException notInTime) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Opens the party with its host, and those interested in its event as members who do not follow it. */
    private void open(PartyStore.ScheduledParty planned, List<EventPlanner.Interested> interested) {
        if (byChannel.containsKey(planned.channelId())) {
            store.scheduleDone(planned.id());
            return;
        }
        Instant now = clock.instant();
        SpoilerLevel first = SpoilerLevel.parse(planned.episode());
        Map<String, Party.Member> members = new LinkedHashMap<>();
        members.put(planned.hostId(), new Party.Member(planned.hostName(), true, now));
        for (EventPlanner.Interested member : interested) {
            members.putIfAbsent(member.userId(), new Party.Member(member.displayName(), false, now));
        }
        Party party = new Party(
                planned.id(),
                planned.showId(),
                planned.guildId(),
                planned.channelId(),
                planned.name(),
                planned.hostId(),
                Map.of(),
                members,
                episodeOrders.apply(planned.showId()).before(first),
                first,
                0,
                now,
                now,
                planned.language());
        if (!store.openScheduled(planned.id(), party)) {
            return; // opened already, by another process sharing the database
        }
        track(party);
        if (events != null) {
            events.opened(party, members.size() - 1);
        }
    }

    private Party running(String channelId) {
        Party party = byChannel.get(channelId);
        if (party == null) {
            throw new PartyException(PartyException.Rule.NO_PARTY);
        }
        return party;
    }

    private Party controlled(String channelId, String actorId, boolean canManageEvents) {
        return inControl(running(channelId), actorId, canManageEvents);
    }

    private static Party inControl(Party party, String actorId, boolean canManageEvents) {
        if (!party.canControl(actorId, canManageEvents)) {
            throw new PartyException(PartyException.Rule.NOT_IN_CONTROL);
        }
        return party;
    }

    /** Members who follow the party have watched what it has: their progress moves up to it, never down. */
    private void moveFollowers(Party party) {
        if (!party.finished().isEpisode()) {
            return;
        }
        party.members().forEach((userId, member) -> {
            if (member.followsProgress()
                    && party.finished()
                            .isAbove(progress.progressOf(userId, party.showId()).watchedThrough())) {
                progress.save(userId, party.showId(), Progress.through(party.finished()));
            }
        });
    }

    /** Runs {@code work} holding the channel's lock: alone among everything that changes the channel's party. */
    private <T> T inChannel(String channelId, Supplier<T> work) {
        ReentrantLock lock = lockOf(channelId).lock();
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private void inChannel(String channelId, Runnable work) {
        inChannel(channelId, () -> {
            work.run();
            return null;
        });
    }

    private ChannelLock lockOf(String channelId) {
        return locks.computeIfAbsent(channelId, channel -> {
            ReentrantLock lock = new ReentrantLock();
            return new ChannelLock(
                    lock,
                    new GroupedWork<>(
                            lock, change -> change.outcome().isDone(), changes -> keepChanges(channel, changes)));
        });
    }

    /**
     * Changes the channel's running party and keeps it; returns the party just after the change. Changes that
     * arrive while the party is being written wait, then are made in the order they arrived and kept in one write:
     * the clicks of a busy party share a commit instead of each waiting for its own. Whoever holds the lock writes
     * for all; each caller returns once the write that holds its change has committed, and if it fails, every change
     * in it fails and the party stays as it was kept.
     */
    private Party change(String channelId, UnaryOperator<Party> step) {
        Change mine = new Change(step);
        lockOf(channelId).changes().submit(mine);
        try {
            return mine.outcome().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failed ? failed : e;
        }
    }

    /** Makes a group of changes of the channel's party, in order, and keeps the party they make in one write. */
    private void keepChanges(String channelId, List<Change> changes) {
        Party kept = byChannel.get(channelId);
        Party latest = kept;
        List<Runnable> tellings = new ArrayList<>(changes.size());
        try {
            for (Change change : changes) {
                try {
                    if (latest == null) {
                        throw new PartyException(PartyException.Rule.NO_PARTY);
                    }
                    Party changed = change.step().apply(latest);
                    latest = changed;
                    tellings.add(() -> change.outcome().complete(changed));
                } catch (RuntimeException refused) {
                    tellings.add(() -> change.outcome().completeExceptionally(refused));
                }
            }
            if (latest != kept) {
                keep(kept, latest);
            }
            // told only once the write has committed, refusals too: they were judged on the changes before them
            tellings.forEach(Runnable::run);
        } catch (RuntimeException | Error failed) {
            // nothing of these changes was kept, and nobody is left waiting
            changes.forEach(change -> change.outcome().completeExceptionally(failed));
            if (failed instanceof Error error) {
                throw error;
            }
        }
    }

    /** Keeps a change of a running party: {@code before} is the party as kept. */
    private Party keep(Party before, Party after) {
        store.update(before, after);
        track(after);
        return after;
    }

    /** Holds a party this process runs, and ends it once it has been idle too long. */
    private void track(Party party) {
        byChannel.put(party.channelId(), party);
        armIdleTimer(party);
    }

    private void armIdleTimer(Party party) {
        Scheduler.Task previous = idleTimers.put(
                party.id(), scheduler.schedule(idleLimit, () -> endIfIdle(party.channelId(), party.lastActivity())));
        if (previous != null) {
            previous.cancel();
        }
    }

    private void endIfIdle(String channelId, Instant activityWhenArmed) {
        inChannel(channelId, () -> endIfStillIdle(channelId, activityWhenArmed));
    }

    private void endIfStillIdle(String channelId, Instant activityWhenArmed) {
        Party party = byChannel.get(channelId);
        if (party != null && party.lastActivity().equals(activityWhenArmed)) {
            retriedOnFailure(
                    "ending idle party " + party.id(),
                    () -> {
                        finish(party, PartyEvents.EndedBy.IDLE);
                        if (events != null) {
                            events.ended(party, PartyEvents.EndedBy.IDLE);
                        }
                    },
                    () -> endIfIdle(channelId, activityWhenArmed));
        }
    }

    /**
     * Runs a step a timer fired; one that fails (the database locked or full) is tried again after
     * {@link #RETRY_AFTER}, so a party is never left neither open nor ended.
     */
    private void retriedOnFailure(String what, Runnable step, Runnable retry) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.warn("{} failed, trying again in {} s: {}", what, RETRY_AFTER.toSeconds(), e.toString());
            scheduler.schedule(RETRY_AFTER, retry);
        }
    }

    private void finish(Party party, PartyEvents.EndedBy reason) {
        store.ended(party.id(), reason.name(), clock.instant());
        byChannel.remove(party.channelId(), party);
        Scheduler.Task timer = idleTimers.remove(party.id());
        if (timer != null) {
            timer.cancel();
        }
    }

    public int runningCount() {
        return byChannel.size();
    }
}
