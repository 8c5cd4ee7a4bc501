package dev.watchparty.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One step of the schema, applied once, in order; {@code version} is what SQLite's user_version becomes. The
 * steps are the files {@code db/V1.sql}, {@code db/V2.sql}, … on the classpath: append only, because databases
 * out there have already applied the released ones ({@code MigrationFilesTest} holds their checksums).
 */
record Migration(int version, List<String> statements) {

    static final String FOLDER = "db/";
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(\\R|$)");
    private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^\\s*--.*$");

    /** Every step, from V1 up to the first version that has no file. */
    static List<Migration> all() {
        List<Migration> migrations = new ArrayList<>();
        for (int version = 1; ; version++) {
            String sql = read(fileName(version));
            if (sql == null) {
                return List.copyOf(migrations);
            }
            migrations.add(new Migration(version, statements(sql)));
        }
    }

    static String fileName(int version) {
        return FOLDER + "V" + version + ".sql";
    }

    /** A file's statements, each ended by a semicolon at the end of a line; comment lines dropped. */
    static List<String> statements(String sql) {
        return Arrays.stream(STATEMENT_END.split(COMMENT_LINE.matcher(sql).replaceAll("")))
                .map(String::strip)
                .filter(statement -> !statement.isEmpty())
                .toList();
    }

    private static String read(String resource) {
        try (InputStream in = Migration.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration " + resource, e);
        }
    }
}
