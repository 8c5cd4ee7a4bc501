package dev.watchparty.bench;

import dev.watchparty.pack.ContentPack;
import dev.watchparty.pack.PackLoader;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a pack with all its checks. {@code cold} is the first load in a fresh JVM (what start-up pays: schema
 * parsing, class loading, no JIT), one shot per fork; {@code warm} is a reload in a running bot.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PackLoadBenchmark {

    @Param({"1", "10", "100"})
    public int size;

    private Path pack;

    @Setup
    public void setUp() {
        pack = BenchPacks.ofSize(size);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public ContentPack cold() throws Exception {
        return new PackLoader().load(pack);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public ContentPack warm() throws Exception {
        return new PackLoader().load(pack);
    }
}
