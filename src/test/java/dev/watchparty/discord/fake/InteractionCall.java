package dev.watchparty.discord.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who sends an interaction and where: a user (by default a plain member), in the fake server's text channel or in
 * their DM with the bot. Builders are not thread-safe: make one per interaction.
 *
 * @param <T> the concrete call, for chaining
 */
public abstract sealed class InteractionCall<T extends InteractionCall<T>> permits SlashCommandCall, ComponentCall {

    /** A user id no other fake entity has. */
    public static final long DEFAULT_USER_ID = 300_000_000_000_000_001L;

    long userId = DEFAULT_USER_ID;
    String username;
    final List<Long> roles = new ArrayList<>();
    boolean inGuild = true;
    /** The server, when not the default one ({@link FakeDiscord#guild()}). */
    FakeGuild guild;

    String locale = Payloads.LOCALE;

    InteractionCall() {}

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    /** The invoking user; their name defaults to {@code user<id>}. */
    public T user(long id) {
        this.userId = id;
        return self();
    }

    public T user(long id, String name) {
        this.userId = id;
        this.username = name;
        return self();
    }

    /** Roles the invoking member has in the server (see {@link FakeGuild}); ignored in a DM. */
    public T roles(long... roleIds) {
        for (long role : roleIds) {
            roles.add(role);
        }
        return self();
    }

    /** In the fake server's text channel (the default): a {@code member}, context 0. */
    public T inGuild() {
        this.inGuild = true;
        return self();
    }

    /** In the text channel of this server, one of {@link FakeDiscord#guilds()}: a {@code member}, context 0. */
    public T inGuild(FakeGuild server) {
        this.inGuild = true;
        this.guild = Objects.requireNonNull(server, "server");
        return self();
    }

    /** In the user's DM with the bot: a {@code user}, context 1. */
    public T inDm() {
        this.inGuild = false;
        return self();
    }

    /** The user's client language, e.g. {@code fr}. */
    public T locale(String discordLocale) {
        this.locale = discordLocale;
        return self();
    }
}
