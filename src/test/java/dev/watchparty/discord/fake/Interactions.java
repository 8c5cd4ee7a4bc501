package dev.watchparty.discord.fake;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The interactions the fake has sent, by id (for callbacks) and by token (for the interaction webhooks). */
final class Interactions {

    private final Map<Long, Interaction> byId = new ConcurrentHashMap<>();
    private final Map<String, Interaction> byToken = new ConcurrentHashMap<>();

    void add(Interaction interaction) {
        byId.put(interaction.id(), interaction);
        byToken.put(interaction.token(), interaction);
    }

    Optional<Interaction> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Interaction> byToken(String token) {
        return Optional.ofNullable(byToken.get(token));
    }
}
