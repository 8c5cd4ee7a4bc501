package dev.watchparty.pack;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;

/** A tie to another character of the pack; what it is spoils from its own level on. */
public record Relationship(String with, Fact description) {

    @JsonCreator
    static Relationship fromPack(
            @JsonProperty("with") String with,
            @JsonProperty("text") String text,
            @JsonProperty("level") SpoilerLevel level,
            @JsonProperty("sources") List<String> sources,
            @JsonProperty("warnings") Set<ContentWarning> warnings) {
        return new Relationship(with, new Fact(text, level, sources, warnings));
    }
}
