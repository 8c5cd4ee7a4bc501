package dev.watchparty.pack;

import java.util.List;

/** One show's knowledge, loaded and validated; immutable. */
public record ContentPack(Show show, List<Character> characters, List<Episode> episodes, List<TriviaQuestion> trivia) {

    public ContentPack {
        characters = List.copyOf(characters);
        episodes = List.copyOf(episodes);
        trivia = List.copyOf(trivia);
    }

    public String id() {
        return show.id();
    }
}
