package dev.watchparty.pack;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A character of the show, as written in {@code characters.yaml}. Every character has the episode a viewer first
 * sees them in; a lead that trailers and cast lists name is also {@code knownFromPremise}, so meta and premise
 * items may name them before that episode.
 */
public record Character(
        String id,
        String name,
        List<String> aliases,
        String actor,
        List<String> actorSources,
        SpoilerLevel firstAppearance,
        boolean knownFromPremise,
        Fact role,
        List<Relationship> relationships,
        List<Fact> facts) {

    public Character {
        Objects.requireNonNull(firstAppearance, "firstAppearance");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        actorSources = actorSources == null ? List.of() : List.copyOf(actorSources);
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
        facts = List.copyOf(facts);
    }

    /** A character that trailers and cast lists do not name ({@code knownFromPremise} false). */
    public Character(
            String id,
            String name,
            List<String> aliases,
            String actor,
            List<String> actorSources,
            SpoilerLevel firstAppearance,
            Fact role,
            List<Relationship> relationships,
            List<Fact> facts) {
        this(id, name, aliases, actor, actorSources, firstAppearance, false, role, relationships, facts);
    }

    /** As written in a pack, where {@code knownFromPremise} may be left out (false). */
    @JsonCreator
    static Character fromPack(
            @JsonProperty("id") String id,
            @JsonProperty("name") String name,
            @JsonProperty("aliases") List<String> aliases,
            @JsonProperty("actor") String actor,
            @JsonProperty("actorSources") List<String> actorSources,
            @JsonProperty("firstAppearance") SpoilerLevel firstAppearance,
            @JsonProperty("knownFromPremise") Boolean knownFromPremise,
            @JsonProperty("role") Fact role,
            @JsonProperty("relationships") List<Relationship> relationships,
            @JsonProperty("facts") List<Fact> facts) {
        return new Character(
                id,
                name,
                aliases,
                actor,
                actorSources,
                firstAppearance,
                Boolean.TRUE.equals(knownFromPremise),
                role,
                relationships,
                facts);
    }

    public Optional<String> actorName() {
        return Optional.ofNullable(actor);
    }

    public Optional<SpoilerLevel> firstSeenIn() {
        return Optional.of(firstAppearance);
    }

    /**
     * The level from which a reader knows this character, so text may name them: {@link SpoilerLevel#META} for a
     * lead known from the premise (trailers, cast lists), else the episode of their first appearance.
     */
    public SpoilerLevel introducedAt() {
        return knownFromPremise ? SpoilerLevel.META : firstAppearance;
    }

    /** The name and every alias: what a reader may type to find this character. */
    public Stream<String> namesForLookup() {
        return Stream.concat(Stream.of(name), aliases.stream());
    }
}
