package dev.watchparty.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The packs benchmarks run on: the shipped one ("1"), and synthetic ones 10 and 100 times its size. */
final class BenchPacks {

    static final Path SHIPPED = Path.of("seeds", "tiny-pretty-things");
    static final Path GENERATED = Path.of("target", "bench-packs");

    private BenchPacks() {}

    static Path ofSize(int times) {
        if (times == 1) {
            return SHIPPED;
        }
        try {
            return SyntheticPacks.write(SHIPPED, times, GENERATED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
