package dev.watchparty.discord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scrape in Prometheus's text format, read back as samples: name, labels and value, so a test can ask for one
 * series by its labels whatever order they come in.
 */
public final class MetricsText {

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One line of the scrape. */
    public record Sample(String name, Map<String, String> labels, double value) {}

    private final String text;
    private final List<Sample> samples;

    private MetricsText(String text, List<Sample> samples) {
        this.text = text;
        this.samples = samples;
    }

    public static MetricsText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new IllegalArgumentException("not a sample line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return new MetricsText(text, List.copyOf(samples));
    }

    /** Every series of this name. */
    public List<Sample> series(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    /** The value of the one series with exactly these labels, or 0 if the scrape has none (a counter not yet used). */
    public double value(String name, String... labelPairs) {
        Map<String, String> wanted = labels(labelPairs);
        List<Sample> found = series(name).stream()
                .filter(sample -> sample.labels().equals(wanted))
                .toList();
        if (found.size() > 1) {
            throw new IllegalStateException("more than one " + name + wanted + " in\n" + text);
        }
        return found.isEmpty() ? 0 : found.getFirst().value();
    }

    /** Whether a series of this name with exactly these labels is there at all. */
    public boolean has(String name, String... labelPairs) {
        Map<String, String> wanted = labels(labelPairs);
        return series(name).stream().anyMatch(sample -> sample.labels().equals(wanted));
    }

    @Override
    public String toString() {
        return text;
    }

    private static Map<String, String> labels(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name, value pairs");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            labels.put(pairs[i], pairs[i + 1]);
        }
        return labels;
    }
}
