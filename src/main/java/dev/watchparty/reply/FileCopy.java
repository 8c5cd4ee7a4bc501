package dev.watchparty.reply;

import java.util.Objects;

/**
 * A file someone posted, to be sent again under another name: {@code url} is where Discord keeps it, and a
 * {@code fileName} starting with {@code SPOILER_} makes Discord hide it until clicked.
 */
public record FileCopy(String url, String fileName) {

    public FileCopy {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fileName, "fileName");
    }
}
