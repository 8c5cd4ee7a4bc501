package dev.watchparty.discord.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who sends an interaction and where: a user (by default a plain member), in a fake server's text channel, in their DM
 * with the bot, or in a server the bot is not in (the app installed to the user). Builders are not thread-safe: make
 * one per interaction.
 *
 * @param <T> the concrete call, for chaining
 */
public abstract sealed class InteractionCall<T extends InteractionCall<T>>
        permits SlashCommandCall, ComponentCall, MessageCommandCall, ModalSubmitCall {

    /** A user id no other fake entity has. */
    public static final long DEFAULT_USER_ID = 300_000_000_000_000_001L;

    long userId = DEFAULT_USER_ID;
    String username;
    final List<Long> roles = new ArrayList<>();
    boolean inGuild = true;
    /** The server, when not the default one ({@link FakeDiscord#guild()}). */
    FakeGuild guild;
    /** A server the bot is not in, for a user-installed app; null otherwise. */
    Long guildWithoutBot;

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
        this.guild = null;
        this.guildWithoutBot = null;
        return self();
    }

    /**
     * In the text channel of this server, one of {@link FakeDiscord#guilds()}: a {@code member}, context 0. With
     * several shards it reaches the session of the server's shard.
     */
    public T inGuild(FakeGuild server) {
        this.inGuild = true;
        this.guild = Objects.requireNonNull(server, "server");
        this.guildWithoutBot = null;
        return self();
    }

    /**
     * In a server the bot is not in, where the user runs the app they installed for themselves (a user-installed app
     * context): a {@code member} and context 0 as in any server, but {@code authorizing_integration_owners} names only
     * the user (key 1), {@code app_permissions} are a user app's and the server is known from the interaction alone
     * (JDA makes it a detached guild). The fake's sessions get it on shard 0, whatever the id. The id must not be one
     * of {@link FakeDiscord#guilds()}; {@link FakeDiscord#guildIdWithoutBot(int)} makes one.
     */
    public T inGuildWithoutBot(long guildId) {
        this.inGuild = true;
        this.guild = null;
        this.guildWithoutBot = guildId;
        return self();
    }

    /** In the user's DM with the bot: a {@code user}, context 1; with several shards it reaches shard 0. */
    public T inDm() {
        this.inGuild = false;
        this.guild = null;
        this.guildWithoutBot = null;
        return self();
    }

    /** The user's client language, e.g. {@code fr}. */
    public T locale(String discordLocale) {
        this.locale = discordLocale;
        return self();
    }
}
