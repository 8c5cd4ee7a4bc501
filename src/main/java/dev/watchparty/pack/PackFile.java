package dev.watchparty.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;

/** The four files of a pack, each with the schema it must satisfy and the record it maps to. */
enum PackFile {
    SHOW("show.yaml", Show.class),
    CHARACTERS("characters.yaml", PackFile.CharactersDocument.class),
    EPISODES("episodes.yaml", PackFile.EpisodesDocument.class),
    TRIVIA("trivia.yaml", PackFile.TriviaDocument.class);

    record CharactersDocument(List<Character> characters) {}

    record EpisodesDocument(List<Episode> episodes) {}

    record TriviaDocument(List<TriviaQuestion> questions) {}

    private final String fileName;
    private final Class<?> documentType;

    PackFile(String fileName, Class<?> documentType) {
        this.fileName = fileName;
        this.documentType = documentType;
    }

    String fileName() {
        return fileName;
    }

    Class<?> documentType() {
        return documentType;
    }

    String schemaResource() {
        return "classpath:schema/" + fileName.replace(".yaml", ".schema.json");
    }

    Path in(Path packDirectory) {
        return packDirectory.resolve(fileName);
    }

    /** A file's parsed tree, kept with its path so that every check can point back into it. */
    record Tree(PackFile kind, Path path, JsonNode root) {}
}
