package dev.watchparty.pack;

import java.nio.file.Path;

/**
 * One problem in a pack, pointing at the exact place an author must fix: file, line, column and field path
 * (such as {@code characters[3].aliases[1]}). Line and column are 1-based; 0 when the problem has no position.
 */
public record PackError(Path file, int line, int column, String field, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file.toString();
        return field.isEmpty() ? where + ": " + message : where + ": " + field + ": " + message;
    }
}
