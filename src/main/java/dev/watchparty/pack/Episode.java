package dev.watchparty.pack;

import java.util.List;
import java.util.Optional;

/** An episode, as written in {@code episodes.yaml}. A title is only present where a source verifies it. */
public record Episode(
        SpoilerLevel code, String title, List<String> titleSources, Credits credits, Fact synopsis, List<Fact> recap) {

    public Episode {
        titleSources = titleSources == null ? List.of() : List.copyOf(titleSources);
        recap = List.copyOf(recap);
    }

    public Optional<String> verifiedTitle() {
        return Optional.ofNullable(title);
    }

    public Optional<Credits> knownCredits() {
        return Optional.ofNullable(credits);
    }

    public Optional<Fact> netflixSynopsis() {
        return Optional.ofNullable(synopsis);
    }
}
