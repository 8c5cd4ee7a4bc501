package dev.watchparty.bench;

import java.util.List;
import java.util.Locale;

/** One of the project's performance targets, with what a run measured against it. */
record Target(String what, String goal, String measured, boolean met) {

    /** A figure that must stay at or below a limit. */
    static Target atMost(String what, double limit, double measured, String unit) {
        return new Target(
                what,
                String.format(Locale.ROOT, "≤ %s%s", figure(limit), unit),
                figure(measured) + unit,
                measured <= limit);
    }

    /** What one part of the benchmark reports: its section of BENCHMARKS.md and the targets it measured. */
    record Part(String section, List<Target> targets) {}

    static String table(List<Target> targets) {
        StringBuilder table = new StringBuilder("## Targets\n\n"
                + "Checked by this run; the figures behind each are in the sections below.\n\n"
                + "| target | goal | measured | met |\n|---|---|---|---|\n");
        for (Target target : targets) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s |%n",
                    target.what(),
                    target.goal(),
                    target.measured(),
                    target.met() ? "yes" : "**no**"));
        }
        return table.toString();
    }

    private static String figure(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
    }
}
