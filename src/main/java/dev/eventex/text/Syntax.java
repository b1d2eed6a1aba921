package dev.eventex.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dependency tree of one sentence in Universal Dependencies relations: for every token
 * its head (a token index, or -1 for the root) and its relation to that head ({@code nsubj},
 * {@code obj}, {@code obl}, {@code conj}, {@code appos}, {@code acl:relcl}...). Immutable.
 */
public final class Syntax {

    private final int[] heads;
    private final String[] relations;

    /**
     * @param heads     per token, the index of its head in the sentence, or -1 for the root
     * @param relations per token, its UD relation to the head ("root" for the root)
     */
    public Syntax(int[] heads, String[] relations) {
        if (heads.length != relations.length) {
            throw new IllegalArgumentException("heads (" + heads.length + ") and relations (" + relations.length
                    + ") differ in length");
        }
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < -1 || heads[i] >= heads.length || heads[i] == i) {
                throw new IllegalArgumentException("token " + i + " has an invalid head " + heads[i]);
            }
        }
        this.heads = heads.clone();
        this.relations = relations.clone();
    }

    /** Number of tokens. */
    public int size() {
        return heads.length;
    }

    /** The head of token {@code i}, or -1 for the root. */
    public int head(int i) {
        return heads[i];
    }

    /** The relation of token {@code i} to its head. */
    public String relation(int i) {
        return relations[i];
    }

    /** True when token {@code i}'s relation is {@code rel} or a subtype of it ({@code nsubj} matches {@code nsubj:pass}). */
    public boolean is(int i, String rel) {
        String r = relations[i];
        return r.equals(rel) || r.length() > rel.length() && r.startsWith(rel) && r.charAt(rel.length()) == ':';
    }

    /** The dependents of token {@code i}, left to right. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < heads.length; j++) {
            if (heads[j] == i) {
                out.add(j);
            }
        }
        return out;
    }

    /** The dependents of {@code i} whose relation is {@code rel} (or a subtype), left to right. */
    public List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < heads.length; j++) {
            if (heads[j] == i && is(j, rel)) {
                out.add(j);
            }
        }
        return out;
    }

    /** True when {@code ancestor} dominates {@code i} (or is {@code i}). */
    public boolean dominates(int ancestor, int i) {
        int guard = heads.length;
        for (int k = i; k >= 0 && guard-- >= 0; k = heads[k]) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens coordinated with {@code i}, {@code i} included, in order: the first conjunct
     * and every {@code conj} dependent of it ("A, B and C").
     */
    public List<Integer> conjuncts(int i) {
        int first = i;
        while (is(first, "conj") && heads[first] >= 0) {
            first = heads[first];
        }
        List<Integer> out = new ArrayList<>();
        out.add(first);
        out.addAll(children(first, "conj"));
        out.sort(Integer::compare);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Syntax s && Arrays.equals(heads, s.heads) && Arrays.equals(relations, s.relations);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(heads) + Arrays.hashCode(relations);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < heads.length; i++) {
            b.append(i).append("->").append(heads[i]).append(':').append(relations[i]).append(' ');
        }
        return b.toString().trim();
    }
}
