package dev.watchparty.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.utils.JsonNodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads packs strictly. The published JSON Schemas (seeds/schema, bundled in the jar) check the shape of each
 * file; {@link PackChecks} checks what a schema cannot (references, duplicates, levels past the show's end).
 * Every error of every file is collected before the load fails, so an author fixes them in one pass.
 */
public final class PackLoader {

    private static final String SHOW_FILE = PackFile.SHOW.fileName();

    /** What each pattern of the schemas (seeds/schema) accepts, by the definition that holds it, for authors. */
    private static final Map<String, String> PATTERN_FORMS = Map.of(
            "level",
            "a level: write meta, premise, or an episode code like S1E4",
            "episodeCode",
            "an episode code: write it like S1E4 (season and episode numbers from 1)",
            "id",
            "an id: lower-case letters and digits, words joined by single dashes, like bette-whitlaw",
            "url",
            "a link: start it with http://, https:// or ../");

    /** SnakeYAML refuses documents over 3 MB by default; a big show's pack may need more, within reason. */
    private static final int MAX_FILE_CODE_POINTS = 32 * 1024 * 1024;

    private final NodeReader nodeReader = NodeReader.builder()
            .yamlMapper(new YAMLMapper(
                    YAMLFactory.builder().loaderOptions(largeDocuments()).build()))
            .locationAware()
            .build();
    private final Map<PackFile, Schema> schemas = new EnumMap<>(PackFile.class);
    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public PackLoader() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        for (PackFile file : PackFile.values()) {
            schemas.put(file, registry.getSchema(SchemaLocation.of(file.schemaResource())));
        }
    }

    /**
     * Loads every pack under {@code seedsDirectory}: each folder that holds a {@code show.yaml}, or the folder
     * itself when it is a pack.
     */
    public List<ContentPack> loadAll(Path seedsDirectory) throws PackLoadException {
        List<Path> packDirectories;
        try (Stream<Path> children = Files.list(seedsDirectory)) {
            packDirectories = Files.isRegularFile(seedsDirectory.resolve(SHOW_FILE))
                    ? List.of(seedsDirectory)
                    : children.filter(dir -> Files.isRegularFile(dir.resolve(SHOW_FILE)))
                            .sorted()
                            .toList();
        } catch (NoSuchFileException e) {
            throw new PackLoadException(List.of(new PackError(seedsDirectory, 0, 0, "", "no such folder")));
        } catch (NotDirectoryException e) {
            throw new PackLoadException(
                    List.of(new PackError(seedsDirectory, 0, 0, "", "not a folder: give the folder of packs")));
        } catch (IOException e) {
            throw new PackLoadException(List.of(
                    new PackError(seedsDirectory, 0, 0, "", "cannot read the folder (" + e.getMessage() + ")")));
        }
        if (packDirectories.isEmpty()) {
            throw new PackLoadException(List.of(new PackError(
                    seedsDirectory, 0, 0, "", "no content pack here: a pack is a folder with a " + SHOW_FILE)));
        }
        List<PackError> errors = new ArrayList<>();
        List<ContentPack> packs = new ArrayList<>();
        Map<String, Path> showIds = new HashMap<>();
        for (Path directory : packDirectories) {
            try {
                ContentPack pack = load(directory);
                Path earlier = showIds.putIfAbsent(pack.id(), directory);
                if (earlier != null) {
                    errors.add(showIdError(directory, "show id '" + pack.id() + "' is already used by " + earlier));
                } else {
                    packs.add(pack);
                }
            } catch (PackLoadException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new PackLoadException(errors);
        }
        return List.copyOf(packs);
    }

    /** An error on a show's id, at the id's place in its show.yaml (read again: this is the rare case). */
    private PackError showIdError(Path directory, String message) {
        List<PackError> ignored = new ArrayList<>();
        Path file = PackFile.SHOW.in(directory);
        JsonNode id = readTree(PackFile.SHOW, file, ignored)
                .map(tree -> tree.root().path("id"))
                .orElse(null);
        return PackChecks.errorAt(file, id, "id", message);
    }

    /** Loads the pack in one folder, or fails with all of its errors. */
    public ContentPack load(Path packDirectory) throws PackLoadException {
        List<PackError> errors = new ArrayList<>();
        Map<PackFile, PackFile.Tree> trees = new EnumMap<>(PackFile.class);
        for (PackFile file : PackFile.values()) {
            Path path = file.in(packDirectory);
            readTree(file, path, errors).ifPresent(tree -> {
                trees.put(file, tree);
                validateShape(tree, errors);
            });
        }
        errors.addAll(new PackChecks(trees).run());
        if (!errors.isEmpty()) {
            throw new PackLoadException(errors);
        }
        return new ContentPack(
                map(trees.get(PackFile.SHOW), Show.class, errors),
                map(trees.get(PackFile.CHARACTERS), PackFile.CharactersDocument.class, errors)
                        .characters(),
                map(trees.get(PackFile.EPISODES), PackFile.EpisodesDocument.class, errors)
                        .episodes(),
                map(trees.get(PackFile.TRIVIA), PackFile.TriviaDocument.class, errors)
                        .questions());
    }

    private Optional<PackFile.Tree> readTree(PackFile file, Path path, List<PackError> errors) {
        try (InputStream in = Files.newInputStream(path)) {
            JsonNode root = nodeReader.readTree(in, InputFormat.YAML);
            if (root == null || root.isMissingNode() || root.isNull()) {
                errors.add(new PackError(path, 1, 1, "", "the file is empty"));
                return Optional.empty();
            }
            return Optional.of(new PackFile.Tree(file, path, root));
        } catch (NoSuchFileException e) {
            errors.add(new PackError(path, 0, 0, "", "missing file: every pack has " + file.fileName()));
        } catch (JsonProcessingException e) {
            errors.add(yamlError(path, e));
        } catch (IllegalArgumentException e) {
            // the schema library's reader wraps the parser's error in its own
            if (!(e.getCause() instanceof JsonProcessingException parseError)) {
                throw e;
            }
            errors.add(yamlError(path, parseError));
        } catch (IOException e) {
            errors.add(new PackError(path, 0, 0, "", "cannot read file: " + e));
        }
        return Optional.empty();
    }

    private static PackError yamlError(Path path, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ").strip();
        return new PackError(
                path,
                at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(),
                "",
                "not valid YAML: " + message);
    }

    private void validateShape(PackFile.Tree tree, List<PackError> errors) {
        for (Error error : schemas.get(tree.kind()).validate(tree.root())) {
            String field = PackChecks.fieldPath(error.getInstanceLocation().toString());
            JsonNode at = error.getInstanceNode();
            String message = switch (error.getKeyword()) {
                case "required" -> {
                    field = PackChecks.child(field, error.getProperty());
                    yield "missing required field '" + error.getProperty() + "'";
                }
                case "additionalProperties" -> {
                    // point at the unknown key itself, not at the object that holds it
                    JsonNode value = at == null ? null : at.get(error.getProperty());
                    at = value != null ? value : at;
                    field = PackChecks.child(field, error.getProperty());
                    yield "unknown field '" + error.getProperty() + "'";
                }
                case "dependentRequired" -> "'" + error.getArguments()[1] + "' needs '" + error.getProperty() + "'";
                case "pattern" -> patternMessage(error);
                default -> stripPath(error.getMessage());
            };
            errors.add(PackChecks.errorAt(tree.path(), at, field, message));
        }
    }

    private <T> T map(PackFile.Tree tree, Class<T> type, List<PackError> errors) throws PackLoadException {
        try {
            return mapper.treeToValue(tree.root(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // the schema should have caught this; report it the same way rather than crash
            errors.add(PackChecks.errorAt(tree.path(), tree.root(), "", e.getMessage()));
            throw new PackLoadException(errors);
        }
    }

    /**
     * A value not in its form, worded with the forms an author may write instead of the schema's regular expression,
     * which names them only to a machine. The form is known by the schema definition that holds the pattern.
     */
    private static String patternMessage(Error error) {
        String location = error.getSchemaLocation().toString();
        String definition = location.replaceFirst("/pattern$", "");
        String form = PATTERN_FORMS.entrySet().stream()
                .filter(entry -> definition.endsWith("/" + entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        String typed = error.getInstanceNode() == null
                ? ""
                : "'" + error.getInstanceNode().asText() + "' ";
        return form == null ? stripPath(error.getMessage()) : typed + "is not " + form;
    }

    /** The validator prefixes messages with the instance path, which the error already names as its field. */
    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }

    private static LoaderOptions largeDocuments() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_FILE_CODE_POINTS);
        return options;
    }

    static JsonLocation locationOf(JsonNode node) {
        return node == null ? null : JsonNodes.tokenStreamLocationOf(node);
    }
}
