package dev.watchparty.pack;

import java.util.List;

public record Credits(List<String> writers, List<String> directors, List<String> sources) {

    public Credits {
        writers = writers == null ? List.of() : List.copyOf(writers);
        directors = directors == null ? List.of() : List.copyOf(directors);
        sources = List.copyOf(sources);
    }
}
