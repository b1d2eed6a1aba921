package dev.eventex.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * {@link FeatureTable} against the {@code HashMap} it is built from: every name is found with its
 * own parameters, names it does not hold are not found, sums equal the map's bit for bit, and
 * {@link FeatureTable#canonical} hands back an equal string (the table's instance for its names);
 * a {@link TableMaxentModel} gives its GIS model's probabilities bit for bit.
 */
class FeatureTableProperties {

    @Property(tries = 200)
    void findsWhatTheMapHoldsAndNothingElse(@ForAll("maps") Map<String, Context> map,
                                            @ForAll("names") List<String> probes) {
        FeatureTable table = FeatureTable.of(map);
        assertThat(table.size()).isEqualTo(map.size());
        for (Map.Entry<String, Context> e : map.entrySet()) {
            String copy = new String(e.getKey().toCharArray());
            assertThat(sums(table, copy, 5)).isEqualTo(sums(e.getValue(), 5));
            assertThat(table.canonical(copy)).isEqualTo(copy).isSameAs(table.canonical(e.getKey()));
            assertThat(table.row(table.canonical(copy))).isEqualTo(table.row(copy)).isNotNegative();
        }
        for (String probe : probes) {
            Context expected = map.get(probe);
            assertThat(table.row(probe) >= 0).isEqualTo(expected != null);
            assertThat(sums(table, probe, 5)).isEqualTo(expected == null ? new double[5] : sums(expected, 5));
            assertThat(table.canonical(probe)).isEqualTo(probe);
            if (expected == null) {
                assertThat(table.canonical(probe)).isSameAs(probe);
            }
        }
    }

    @Property(tries = 200)
    void tableModelEvaluatesAsTheGisModel(@ForAll("maps") Map<String, Context> map,
                                          @ForAll("names") List<String> context) {
        String[] names = map.keySet().toArray(new String[0]);
        Context[] params = new Context[names.length];
        for (int k = 0; k < names.length; k++) {
            params[k] = map.get(names[k]);
        }
        GISModel gis = new GISModel(params, names, new String[] {"a", "b", "c", "d", "e"});
        MaxentModel fast = TableMaxentModel.of(gis);
        assertThat(fast).isInstanceOf(TableMaxentModel.class);
        String[] ctx = context.toArray(new String[0]);
        assertThat(fast.eval(ctx)).isEqualTo(gis.eval(ctx));
        assertThat(fast.eval(ctx, new double[5])).isEqualTo(gis.eval(ctx, new double[5]));
        for (int o = 0; o < 5; o++) {
            assertThat(fast.getOutcome(o)).isEqualTo(gis.getOutcome(o));
        }
    }

    /**
     * Rows of any length over models of up to 300 outcomes: the packed heads (a byte per outcome
     * up to 256 outcomes, 16 bits beyond; heads longer than one long) give back every outcome
     * in the map's order, so the sums are the map's bit for bit.
     */
    @Property(tries = 200)
    void longRowsAndManyOutcomesSumAsTheMap(@ForAll("wideMaps") Map<String, Context> map) {
        FeatureTable table = FeatureTable.of(map);
        for (Map.Entry<String, Context> e : map.entrySet()) {
            assertThat(sums(table, e.getKey(), 300)).isEqualTo(sums(e.getValue(), 300));
        }
    }

    /**
     * A name looked up by parts (a head, then a piece of a text) is found exactly when the whole
     * name is, as the table's own instance: equal hashes and near misses over a small alphabet.
     */
    @Property(tries = 200)
    void findsNamesByPartsAsByTheWhole(@ForAll("maps") Map<String, Context> map, @ForAll("names") List<String> probes) {
        FeatureTable table = FeatureTable.of(map);
        List<String> all = new java.util.ArrayList<>(probes);
        all.addAll(map.keySet());
        for (String name : all) {
            for (int cut = 0; cut <= name.length(); cut++) {
                String head = name.substring(0, cut);
                String text = "=B" + name.substring(cut) + "a,";
                String byParts = table.canonical(head, text, 2, 2 + name.length() - cut);
                if (table.row(name) < 0) {
                    assertThat(byParts).isNull();
                } else {
                    assertThat(byParts).isSameAs(table.canonical(name));
                }
            }
        }
    }

    @Example
    void aRowFillingItsHeadExactlyEndsWhereTheNextBegins() {
        // 7 outcomes and the length fill one long of bytes; 8 need a second head long
        Map<String, Context> map = new HashMap<>();
        map.put("seven", new Context(new int[] {6, 5, 4, 3, 2, 1, 0}, new double[] {1, 2, 3, 4, 5, 6, 7}));
        map.put("eight", new Context(new int[] {7, 0, 6, 1, 5, 2, 4, 3}, new double[] {-1, -2, -3, -4, -5, -6, -7, -8}));
        map.put("zero", new Context(new int[0], new double[0]));
        FeatureTable table = FeatureTable.of(map);
        assertThat(sums(table, "seven", 8)).containsExactly(14, 12, 10, 8, 6, 4, 2, 0);
        assertThat(sums(table, "eight", 8)).containsExactly(-4, -8, -12, -16, -14, -10, -6, -2);
        assertThat(sums(table, "zero", 8)).containsOnly(0.0);
        assertThat(FeatureTable.headLongs(7, 8)).isEqualTo(1);
        assertThat(FeatureTable.headLongs(8, 8)).isEqualTo(2);
        assertThat(FeatureTable.headLongs(3, 16)).isEqualTo(1);
        assertThat(FeatureTable.headLongs(4, 16)).isEqualTo(2);
    }

    @Example
    void namesWithEqualHashesAreKeptApart() {
        // "Aa" and "BB" share a String hash code; so do "AaAa", "AaBB", "BBAa", "BBBB"
        Map<String, Context> map = new HashMap<>();
        map.put("Aa", new Context(new int[] {0}, new double[] {1.5}));
        map.put("AaBB", new Context(new int[] {1, 2}, new double[] {-0.25, 3.0}));
        map.put("BBBB", new Context(new int[] {2}, new double[] {7.0}));
        FeatureTable table = FeatureTable.of(map);
        // each row is added twice by sums(...)
        assertThat(sums(table, "Aa", 3)).containsExactly(3.0, 0, 0);
        assertThat(sums(table, "AaBB", 3)).containsExactly(0, -0.5, 6.0);
        assertThat(sums(table, "BBBB", 3)).containsExactly(0, 0, 14.0);
        assertThat(table.row("BB")).isEqualTo(-1);
        assertThat(table.row("BBAa")).isEqualTo(-1);
        assertThat(table.row("AaAa")).isEqualTo(-1);
    }

    @Example
    void anEmptyModelFindsNothing() {
        FeatureTable table = FeatureTable.of(Map.of());
        assertThat(table.row("anything")).isEqualTo(-1);
        assertThat(sums(table, "", 2)).containsExactly(0, 0);
    }

    private static double[] sums(FeatureTable table, String name, int outcomes) {
        double[] s = new double[outcomes];
        table.addRow(table.row(name), s);
        table.addRow(table.row(name), s); // twice: the order of additions is the map's
        return s;
    }

    private static double[] sums(Context c, int outcomes) {
        double[] s = new double[outcomes];
        for (int k = 0; k < 2; k++) {
            for (int a = 0; a < c.getOutcomes().length; a++) {
                s[c.getOutcomes()[a]] += c.getParameters()[a] * 1.0;
            }
        }
        return s;
    }

    /** Up to 60 probes: short names over a small alphabet (many shared hashes and near misses). */
    @Provide
    Arbitrary<List<String>> names() {
        return name().list().ofMaxSize(60);
    }

    private static Arbitrary<String> name() {
        return Arbitraries.strings().withChars("AaBb=,1").ofMinLength(0).ofMaxLength(6);
    }

    /** Rows of 0-40 outcomes among 300 (or among 200: byte heads), weights including -0.0. */
    @Provide
    Arbitrary<Map<String, Context>> wideMaps() {
        Arbitrary<Context> context = Arbitraries.integers().between(0, 1).flatMap(wide ->
            Combinators.combine(
                Arbitraries.integers().between(0, wide == 1 ? 299 : 199).set().ofMaxSize(40),
                Arbitraries.doubles().between(-50, 50).withSpecialValue(-0.0).list().ofSize(40))
            .as(FeatureTableProperties::context));
        return Arbitraries.maps(name(), context).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Map<String, Context>> maps() {
        Arbitrary<Context> context = Combinators.combine(
                Arbitraries.integers().between(0, 4).set().ofMaxSize(5),
                Arbitraries.doubles().between(-50, 50).list().ofSize(5))
            .as(FeatureTableProperties::context);
        return Arbitraries.maps(name(), context).ofMaxSize(300);
    }

    /** A row: the outcomes, each with the weight at its position. */
    private static Context context(Set<Integer> outs, List<Double> weights) {
        int[] o = outs.stream().mapToInt(Integer::intValue).toArray();
        double[] w = new double[o.length];
        for (int k = 0; k < o.length; k++) {
            w[k] = weights.get(k);
        }
        return new Context(o, w);
    }
}
