package dev.watchparty.pack;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A character of the show, as written in {@code characters.yaml}. */
public record Character(
        String id,
        String name,
        List<String> aliases,
        String actor,
        List<String> actorSources,
        SpoilerLevel firstAppearance,
        Fact role,
        List<Relationship> relationships,
        List<Fact> facts) {

    public Character {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        actorSources = actorSources == null ? List.of() : List.copyOf(actorSources);
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
        facts = List.copyOf(facts);
    }

    public Optional<String> actorName() {
        return Optional.ofNullable(actor);
    }

    public Optional<SpoilerLevel> firstSeenIn() {
        return Optional.ofNullable(firstAppearance);
    }

    /** From when a viewer knows this character, and so may meet their name. */
    public SpoilerLevel introducedAt() {
        return firstAppearance == null ? SpoilerLevel.PREMISE : firstAppearance;
    }

    /** The name and every alias: what a reader may type to find this character. */
    public Stream<String> namesForLookup() {
        return Stream.concat(Stream.of(name), aliases.stream());
    }
}
