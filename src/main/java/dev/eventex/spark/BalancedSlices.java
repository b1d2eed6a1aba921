package dev.eventex.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Splits items of known weight (files by their size) into slices of about equal total weight,
 * so that no task ends long after the others: the heaviest items first, each to the lightest
 * slice so far (longest-processing-time-first). No slice ends up heavier than the mean plus one
 * item; a plain split by count can leave the few long texts of a listing in one task.
 */
final class BalancedSlices {

    private BalancedSlices() {
    }

    /**
     * Slices of item indices: {@code min(slices, weights.length)} non-empty slices, each in
     * ascending index order, every index in exactly one.
     */
    static List<int[]> of(long[] weights, int slices) {
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be positive, got " + slices);
        }
        int n = Math.min(slices, weights.length);
        Integer[] heaviestFirst = new Integer[weights.length];
        Arrays.setAll(heaviestFirst, i -> i);
        Arrays.sort(heaviestFirst, Comparator.<Integer>comparingLong(i -> weights[i]).reversed().thenComparingInt(i -> i));
        long[] load = new long[n];
        List<List<Integer>> members = new ArrayList<>(n);
        // lightest slice first; among equal loads the one with fewer items (empty files spread too), then the lowest,
        // so the result does not depend on the queue's internals
        PriorityQueue<Integer> lightest = new PriorityQueue<>(Comparator.<Integer>comparingLong(s -> load[s])
                .thenComparingInt(s -> members.get(s).size()).thenComparingInt(s -> s));
        for (int s = 0; s < n; s++) {
            members.add(new ArrayList<>());
            lightest.add(s);
        }
        for (int item : heaviestFirst) {
            int s = lightest.poll();
            members.get(s).add(item);
            load[s] += Math.max(0, weights[item]);
            lightest.add(s);
        }
        List<int[]> out = new ArrayList<>(n);
        for (List<Integer> m : members) {
            out.add(m.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
        return out;
    }
}
