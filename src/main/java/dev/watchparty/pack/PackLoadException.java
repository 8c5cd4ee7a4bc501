package dev.watchparty.pack;

import java.util.List;
import java.util.stream.Collectors;

/** A pack, or a folder of packs, that cannot be used; carries every error found, not only the first. */
public class PackLoadException extends Exception {

    private final List<PackError> errors;

    public PackLoadException(List<PackError> errors) {
        super(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in content pack:\n"
                + errors.stream().map(PackError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<PackError> errors() {
        return errors;
    }
}
