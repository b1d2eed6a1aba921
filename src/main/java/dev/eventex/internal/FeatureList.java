package dev.eventex.internal;

import java.util.AbstractList;
import java.util.Arrays;

/**
 * A list of feature names that can carry, next to each name, its row in a model's
 * {@link FeatureTable}: the word memos resolve a word's features once and hand over names and
 * rows together, so the beam search does not hash and probe the table again for every token
 * the word appears at. Any other generator adds names alone ({@link #add}), whose row is
 * {@link #UNRESOLVED} and looked up as before. To OpenNLP's generators it is an ordinary list.
 *
 * <p>Not thread-safe: one per context generator.
 */
public final class FeatureList extends AbstractList<String> {

    /** The row of a name added without one: the table has to be asked. */
    public static final int UNRESOLVED = Integer.MIN_VALUE;

    private String[] names;
    private int[] rows;
    private int size;

    public FeatureList(int capacity) {
        names = new String[Math.max(4, capacity)];
        rows = new int[names.length];
    }

    @Override
    public String get(int index) {
        return names[checked(index)];
    }

    /** The row kept for the name at {@code index}, or {@link #UNRESOLVED}. */
    public int row(int index) {
        return rows[checked(index)];
    }

    private int checked(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean add(String name) {
        grow(1);
        names[size] = name;
        rows[size] = UNRESOLVED;
        size++;
        return true;
    }

    /** Appends {@code more} with their {@code moreRows} (the same length). */
    public void addAll(String[] more, int[] moreRows) {
        if (more.length != moreRows.length) {
            throw new IllegalArgumentException("names and rows differ in length: " + more.length + " vs " + moreRows.length);
        }
        grow(more.length);
        System.arraycopy(more, 0, names, size, more.length);
        System.arraycopy(moreRows, 0, rows, size, more.length);
        size += more.length;
    }

    @Override
    public void clear() {
        Arrays.fill(names, 0, size, null);
        size = 0;
    }

    /** The names, in order, in an array of their own. */
    public String[] names() {
        return Arrays.copyOf(names, size);
    }

    /** The rows, in order, in an array of their own. */
    public int[] rows() {
        return Arrays.copyOf(rows, size);
    }

    private void grow(int more) {
        if (size + more > names.length) {
            int capacity = Math.max(size + more, names.length * 2);
            names = Arrays.copyOf(names, capacity);
            rows = Arrays.copyOf(rows, capacity);
        }
    }
}
