package dev.watchparty.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One of the project's performance targets, with what a run measured against it: the figure, its spread over the
 * runs it was measured in (empty for a single figure), whether its difference from the baseline is larger than that
 * spread, and whether the target is met.
 */
record Target(String what, String goal, String measured, String spread, String beyondSpread, String met) {

    /** A figure that must stay at or below a limit, measured once (or summarised already). */
    static Target atMost(String what, double limit, double measured, String unit) {
        return new Target(
                what,
                String.format(Locale.ROOT, "≤ %s%s", figure(limit), unit),
                figure(measured) + unit,
                "",
                "",
                measured <= limit ? "yes" : "**no**");
    }

    /**
     * A ratio to a baseline (1.0 = the same) that must stay at or below {@code limit}, measured once per run: the
     * median run is the figure, the lowest and highest the spread, and the difference from the baseline counts only
     * when it is larger than the spread (highest minus lowest).
     */
    static Target ratio(String what, double limit, List<Double> perRun) {
        if (perRun.isEmpty()) {
            return notMeasured(what, String.format(Locale.ROOT, "≤ %.2f×", limit), "no run measured it");
        }
        Runs runs = Runs.of(perRun);
        return new Target(
                what,
                String.format(Locale.ROOT, "≤ %.2f×", limit),
                String.format(Locale.ROOT, "%.2f×", runs.median()),
                runs.spread("×"),
                runs.beyondSpread(1.0) ? "yes" : "no",
                runs.median() <= limit ? "yes" : "**no**");
    }

    /** A ratio known only to be at least {@code atLeast} (a run that was cut off), against {@code limit}. */
    static Target ratioAtLeast(String what, double limit, double atLeast, String why) {
        return new Target(
                what,
                String.format(Locale.ROOT, "≤ %.2f×", limit),
                String.format(Locale.ROOT, "≥ %.2f× (%s)", atLeast, why),
                "",
                atLeast > 1.0 ? "yes" : "?",
                atLeast > limit ? "**no**" : "not known");
    }

    /** A target this run could not measure, and why. */
    static Target notMeasured(String what, String goal, String why) {
        return new Target(what, goal, "not measured: " + why, "", "", "not measured");
    }

    /** What one part of the benchmark reports: its section of BENCHMARKS.md and the targets it measured. */
    record Part(String section, List<Target> targets) {}

    /** Figures of one quantity over several runs. */
    record Runs(List<Double> values) {
        static Runs of(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return new Runs(List.copyOf(sorted));
        }

        double median() {
            int n = values.size();
            return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        }

        double min() {
            return values.get(0);
        }

        double max() {
            return values.get(values.size() - 1);
        }

        /** Whether the median is further from {@code reference} than the highest run is from the lowest. */
        boolean beyondSpread(double reference) {
            return Math.abs(median() - reference) > max() - min();
        }

        /** "1.02–1.31×". */
        String range(String unit) {
            return figure(min()) + "–" + figure(max()) + unit;
        }

        /** "1.02–1.31× (3 runs)". */
        String spread(String unit) {
            return String.format(
                    Locale.ROOT,
                    "%s–%s%s (%d run%s)",
                    figure(min()),
                    figure(max()),
                    unit,
                    values.size(),
                    values.size() == 1 ? "" : "s");
        }
    }

    static String table(List<Target> targets) {
        StringBuilder table = new StringBuilder("## Targets\n\n"
                + "Checked by this run; the figures behind each are in the sections below. A ratio is ours over bare "
                + "JDA's (or, for scale, growth per item over linear growth): 1.00× is the same. Each ratio is "
                + "measured once per run, the bots' runs interleaved; \"measured\" is the median run, \"spread\" the "
                + "lowest and highest, and \"beyond spread\" says whether the median's distance from 1.00× is larger "
                + "than the spread (if not, this run cannot tell the difference from noise).\n\n"
                + "| target | goal | measured | spread | beyond spread | met |\n|---|---|---|---|---|---|\n");
        for (Target target : targets) {
            table.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s |%n",
                    target.what(),
                    target.goal(),
                    target.measured(),
                    target.spread(),
                    target.beyondSpread(),
                    target.met()));
        }
        long met = targets.stream().filter(target -> target.met().equals("yes")).count();
        long missed =
                targets.stream().filter(target -> target.met().contains("no")).count();
        table.append(String.format(
                Locale.ROOT,
                "%nMet: %d of %d; not met: %d; not measured or not known: %d.%n",
                met,
                targets.size(),
                missed,
                targets.size() - met - missed));
        return table.toString();
    }

    static String figure(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : "%.2f", value);
    }
}
