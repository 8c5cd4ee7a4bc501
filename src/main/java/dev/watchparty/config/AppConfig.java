package dev.watchparty.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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

    /**
     * Where what users create is kept: the SQLite file {@code database} (one process), or, when {@code url} is
     * set, the PostgreSQL database every shard process shares, through a pool of {@code poolSize} connections.
     * Its user and password come from the environment, never from this file.
     */
    public record Storage(Path database, String url, Integer poolSize) {

        private static final int DEFAULT_POOL_SIZE = 10;

        public Storage {
            if (url == null || url.isBlank()) {
                url = null;
                Objects.requireNonNull(database, "storage.database");
            } else if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("storage.url must be a PostgreSQL JDBC URL (jdbc:postgresql://host/"
                        + "database); leave it out to use the SQLite file storage.database");
            } else if (url.toLowerCase(Locale.ROOT).contains("password=")) {
                throw new IllegalArgumentException("storage.url must not hold a password: give it in the "
                        + "WATCHPARTY_DB_PASSWORD environment variable");
            }
            poolSize = poolSize == null ? DEFAULT_POOL_SIZE : poolSize;
            if (poolSize < 1 || poolSize > 100) {
                throw new IllegalArgumentException("storage.poolSize must be 1 to 100");
            }
        }

        /** The SQLite file alone. */
        public Storage(Path database) {
            this(database, null, null);
        }

        public boolean isShared() {
            return url != null;
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

        /** Whether this process runs only some of the bot's shards, with other processes running the rest. */
        public boolean isPartial() {
            return firstShard != null && (firstShard > 0 || lastShard < shardsTotal - 1);
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
        if (discord.isPartial() && !storage.isShared()) {
            throw new IllegalArgumentException("discord.firstShard and discord.lastShard split the bot across "
                    + "processes, which must share one database: set storage.url to a PostgreSQL database "
                    + "(an SQLite file serves one process only)");
        }
    }
}
