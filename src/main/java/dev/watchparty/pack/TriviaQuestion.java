package dev.watchparty.pack;

import java.util.List;
import java.util.Set;

/** A multiple-choice question; its level caps the rounds that may ask it. */
public record TriviaQuestion(
        String id,
        String question,
        String answer,
        List<String> wrong,
        List<String> accept,
        SpoilerLevel level,
        List<String> sources,
        Set<ContentWarning> warnings) {

    public TriviaQuestion {
        wrong = List.copyOf(wrong);
        accept = accept == null ? List.of() : List.copyOf(accept);
        sources = List.copyOf(sources);
        warnings = warnings == null ? Set.of() : Set.copyOf(warnings);
    }
}
