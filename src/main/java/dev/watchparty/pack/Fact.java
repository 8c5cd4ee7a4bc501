package dev.watchparty.pack;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One piece of a pack's knowledge: a fact, a recap line, a role; the unit the spoiler policy classifies. */
public record Fact(String text, SpoilerLevel level, List<String> sources, Set<ContentWarning> warnings) {

    public Fact {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(level, "level");
        sources = sources == null ? List.of() : List.copyOf(sources);
        warnings = warnings == null ? Set.of() : Set.copyOf(warnings);
    }

    public static Fact of(String text, SpoilerLevel level, String source) {
        return new Fact(text, level, List.of(source), Set.of());
    }

    public Fact withText(String newText) {
        return new Fact(newText, level, sources, warnings);
    }
}
