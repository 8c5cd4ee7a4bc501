package dev.watchparty.trivia;

import dev.watchparty.pack.SpoilerLevel;
import java.time.Duration;
import java.util.Locale;

/**
 * A round as a command asks for it; {@link TriviaService} gives it an id and the pause between questions.
 * {@code guildId} is null outside a server; {@code onlyLevel}, when set, asks only questions of that exact level
 * (a watch party's quiz on the episode just watched); a {@code privateRound} is played by its starter alone.
 * {@code language} is what the round writes in for everyone who plays it: the server's for a round in a channel,
 * the player's own for a private one.
 */
public record RoundRequest(
        String guildId,
        String channelId,
        String starterId,
        String starterName,
        SpoilerLevel cap,
        CapSource capSource,
        SpoilerLevel onlyLevel,
        int questionCount,
        Duration perQuestion,
        boolean privateRound,
        Locale language) {}
