package dev.watchparty.pack;

import java.util.List;

/** The book a show adapts. */
public record Novel(String title, List<String> authors, String publisher, Integer year, List<String> sources) {

    public Novel {
        authors = List.copyOf(authors);
        sources = List.copyOf(sources);
    }
}
