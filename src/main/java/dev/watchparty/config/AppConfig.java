package dev.watchparty.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The application's settings, read from {@code config/watchparty.yaml}; each group is a record of its own so
 * that no part of the bot sees more settings than it uses. Secrets never live here: the Discord token comes
 * from the environment only.
 */
public record AppConfig(Packs packs, Storage storage, Discord discord, Health health, Trivia trivia, Party party) {

    /** Where the content packs are, and which show commands use when none is named. */
    public record Packs(Path directory, String defaultShow) {
        public Packs {
            Objects.requireNonNull(directory, "packs.directory");
        }
    }

    /** The embedded database holding what users create. */
    public record Storage(Path database) {
        public Storage {
            Objects.requireNonNull(database, "storage.database");
        }
    }

    /**
     * Sharding, who operates the bot, and how long a stop waits for replies in flight. {@code shardsTotal} 0
     * asks Discord for its recommendation.
     */
    public record Discord(
            int shardsTotal, Integer firstShard, Integer lastShard, List<String> owners, Integer shutdownGraceSeconds) {

        private static final int DEFAULT_SHUTDOWN_GRACE_SECONDS = 10;

        public Discord {
            owners = owners == null ? List.of() : List.copyOf(owners);
            shutdownGraceSeconds = shutdownGraceSeconds == null ? DEFAULT_SHUTDOWN_GRACE_SECONDS : shutdownGraceSeconds;
            if (shutdownGraceSeconds < 0 || shutdownGraceSeconds > 600) {
                throw new IllegalArgumentException("discord.shutdownGraceSeconds must be 0 to 600");
            }
            if (shardsTotal < 0) {
                throw new IllegalArgumentException("discord.shardsTotal must be 0 (ask Discord) or more");
            }
            if ((firstShard == null) != (lastShard == null)) {
                throw new IllegalArgumentException("discord.firstShard and discord.lastShard go together");
            }
            if (firstShard != null
                    && (shardsTotal == 0 || firstShard < 0 || lastShard < firstShard || lastShard >= shardsTotal)) {
                throw new IllegalArgumentException("discord shard range " + firstShard + ".." + lastShard
                        + " must lie within 0.." + (shardsTotal - 1) + " and needs a fixed shardsTotal");
            }
        }

        public Duration shutdownGrace() {
            return Duration.ofSeconds(shutdownGraceSeconds);
        }
    }

    /**
     * The local endpoint of {@code /health} and {@code /metrics}; port 0 turns it off, and {@link #ANY_FREE_PORT}
     * takes a port the system picks at each start (tests run many bots at once).
     */
    public record Health(String bind, int port) {

        public static final int ANY_FREE_PORT = -1;

        public Health {
            bind = bind == null ? "127.0.0.1" : bind;
            if (port < ANY_FREE_PORT || port > 65535) {
                throw new IllegalArgumentException("health.port must be 1 to 65535, 0 (off) or -1 (any free port)");
            }
        }
    }

    /** Trivia rounds: the pause between a question's reveal and the next question. */
    public record Trivia(int pauseSeconds) {
        public Trivia {
            if (pauseSeconds < 0 || pauseSeconds > 60) {
                throw new IllegalArgumentException("trivia.pauseSeconds must be 0 to 60");
            }
        }
    }

    /** Watch parties: hours without any activity after which a party ends itself. */
    public record Party(int idleHours) {
        public Party {
            if (idleHours < 1 || idleHours > 168) {
                throw new IllegalArgumentException("party.idleHours must be 1 to 168");
            }
        }
    }

    public AppConfig {
        Objects.requireNonNull(packs, "packs");
        Objects.requireNonNull(storage, "storage");
        discord = discord == null ? new Discord(0, null, null, List.of(), null) : discord;
        health = health == null ? new Health(null, 0) : health;
        trivia = trivia == null ? new Trivia(5) : trivia;
        party = party == null ? new Party(6) : party;
    }
}
