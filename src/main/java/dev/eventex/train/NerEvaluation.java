package dev.eventex.train;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/**
 * Exact-span precision, recall and F1 per entity type and micro-averaged. Add sentences with
 * {@link #add}; not thread-safe (one per evaluation run).
 */
public final class NerEvaluation {

    private final Map<String, int[]> counts = new TreeMap<>(); // type -> {tp, fp, fn}

    /** Adds one sentence's gold and predicted spans (token offsets, typed). */
    public void add(Span[] gold, Span[] predicted) {
        List<Span> g = List.of(gold);
        List<Span> p = List.of(predicted);
        for (Span s : p) {
            int[] c = counts.computeIfAbsent(s.getType(), k -> new int[3]);
            if (g.contains(s)) {
                c[0]++;
            } else {
                c[1]++;
            }
        }
        for (Span s : g) {
            if (!p.contains(s)) {
                counts.computeIfAbsent(s.getType(), k -> new int[3])[2]++;
            }
        }
    }

    /** Scores of one type, or of all types together for {@code null}. */
    public Score score(String type) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (type == null || e.getKey().equals(type)) {
                tp += e.getValue()[0];
                fp += e.getValue()[1];
                fn += e.getValue()[2];
            }
        }
        return new Score(tp, fp, fn);
    }

    public java.util.Set<String> types() {
        return counts.keySet();
    }

    /** A table with one line per type and a micro-average line. */
    public String report() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s %7s %7s %7s %6s %6s%n", "type", "P", "R", "F1", "gold", "pred"));
        for (String t : counts.keySet()) {
            sb.append(score(t).line(t));
        }
        sb.append(score(null).line("micro"));
        return sb.toString();
    }

    /** True/false positives and false negatives with the derived measures. */
    public record Score(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-14s %7.4f %7.4f %7.4f %6d %6d%n", name, precision(), recall(), f1(), tp + fn, tp + fp);
        }
    }
}
