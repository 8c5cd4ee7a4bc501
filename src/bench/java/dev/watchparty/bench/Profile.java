package dev.watchparty.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM's threads spent their time, from the execution samples of a Flight Recorder recording (JFR's
 * {@code profile} settings). Each sample is put to a step: the innermost method of our code on its stack, and the
 * library it was running in there (the innermost frame outside the JDK), for instance {@code PackLoader.map →
 * com.fasterxml.jackson}; a thread's name keeps its kind only (JDA's and the pools' numbers are dropped).
 */
final class Profile {

    /** The JVM flags that record a child's whole run into {@code file}, written as it exits. */
    static List<String> flags(Path file) {
        return List.of(
                // deep enough for our outermost frames under a schema validator's or Jackson's recursion
                "-XX:FlightRecorderOptions:stackdepth=1024",
                "-XX:StartFlightRecording=filename=" + file.toAbsolutePath()
                        + ",settings=profile,jdk.ExecutionSample#period=1ms");
    }

    private record Sample(String thread, String step) {}

    /** A sampled stack: its frames' classes and methods, innermost first, and whether it was in native code. */
    record Stack(boolean inNative, List<String> frames) {}

    private final List<Sample> samples;

    private Profile(List<Sample> samples) {
        this.samples = samples;
    }

    /**
     * The samples of a recording whose stacks {@code keep} accepts: Java running ({@code jdk.ExecutionSample}), and
     * waiting in native code ({@code jdk.NativeMethodSample}) where the recording has them.
     */
    static Profile read(Path recording, Predicate<Stack> keep) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null) {
                continue;
            }
            List<String> frames = stack.getFrames().stream()
                    .filter(RecordedFrame::isJavaFrame)
                    .map(frame -> frame.getMethod().getType().getName() + "."
                            + frame.getMethod().getName())
                    .toList();
            if (keep.test(new Stack(type.equals("jdk.NativeMethodSample"), frames))) {
                String thread = event.getThread("sampledThread") == null
                        ? "?"
                        : event.getThread("sampledThread").getJavaName();
                samples.add(new Sample(threadKind(thread), step(frames)));
            }
        }
        return new Profile(samples);
    }

    /** Where the threads were running Java. */
    static Profile read(Path recording) throws IOException {
        return read(recording, stack -> !stack.inNative());
    }

    int size() {
        return samples.size();
    }

    /**
     * "JDA [0 / 1] MainWS-ReadThread" and "jda-rest-12" as "JDA MainWS-ReadThread" and "jda-rest"; the virtual threads
     * interactions and timers run on have no name.
     */
    private static String threadKind(String name) {
        String kind = name.replaceAll("\\[\\d+ / \\d+] ", "")
                .replaceAll("[-#]?\\d+$", "")
                .strip();
        return kind.isEmpty() ? "(virtual threads: interactions, timers)" : kind;
    }

    private static String step(List<String> frames) {
        String ours = frames.stream()
                .filter(frame -> frame.startsWith("dev.watchparty."))
                .findFirst()
                .map(Profile::shortMethod)
                .orElse("(not in our code)");
        String library = frames.stream()
                .filter(frame -> !frame.startsWith("java.")
                        && !frame.startsWith("jdk.")
                        && !frame.startsWith("sun.")
                        && !frame.startsWith("com.sun."))
                .findFirst()
                .map(Profile::library)
                .orElse("the JDK");
        return library.startsWith("dev.watchparty") ? ours : ours + " → " + library;
    }

    /** {@code dev.watchparty.pack.PackLoader.map} as {@code PackLoader.map}; a lambda's class as its outer class. */
    private static String shortMethod(String frame) {
        String[] parts = frame.split("\\.");
        String type = parts[parts.length - 2].replaceAll("\\$\\$Lambda.*", "").replaceAll("\\$.*", "");
        return type + "." + parts[parts.length - 1].replaceAll("lambda\\$(\\w+)\\$\\d+", "$1");
    }

    /** The first three parts of a frame's package: {@code com.fasterxml.jackson}, {@code net.dv8tion.jda}. */
    private static String library(String frame) {
        String[] parts = frame.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length - 2)));
    }

    /**
     * A table of the threads with the most samples (at most {@code threads}), each with its share of all samples and
     * its {@code steps} most sampled steps, each with its share of that thread's samples.
     */
    String table(int threads, int steps) {
        if (samples.isEmpty()) {
            return "(no samples were recorded)\n";
        }
        Map<String, List<Sample>> byThread = samples.stream()
                .collect(Collectors.groupingBy(Sample::thread, LinkedHashMap::new, Collectors.toList()));
        StringBuilder text = new StringBuilder(
                "| thread | share of samples | most sampled steps (share of the thread's samples) |\n|---|---|---|\n");
        byThread.entrySet().stream()
                .sorted((a, b) ->
                        Integer.compare(b.getValue().size(), a.getValue().size()))
                .limit(threads)
                .forEach(thread -> {
                    Map<String, Long> counts = thread.getValue().stream()
                            .collect(Collectors.groupingBy(Sample::step, Collectors.counting()));
                    String top = counts.entrySet().stream()
                            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                            .limit(steps)
                            .map(step -> String.format(
                                    Locale.ROOT,
                                    "`%s` %.0f%%",
                                    step.getKey(),
                                    100.0 * step.getValue() / thread.getValue().size()))
                            .collect(Collectors.joining("; "));
                    text.append(String.format(
                            Locale.ROOT,
                            "| %s | %.0f%% | %s |%n",
                            thread.getKey(),
                            100.0 * thread.getValue().size() / samples.size(),
                            top));
                });
        return text.toString();
    }
}
